using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace IqChatGuide.Bot.DirectLine;

/// <summary>
/// The HMAC key for tokens: from configuration, else generated once and kept in a file so tokens
/// survive a restart. The key never leaves the server.
/// </summary>
public sealed class DirectLineSigningKey
{
    private const int MinimumBytes = 32;

    public DirectLineSigningKey(IOptions<DirectLineOptions> options, IHostEnvironment environment, ILogger<DirectLineSigningKey> logger)
    {
        var configured = options.Value.SigningKey;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            Bytes = Decode(configured) ?? throw new OptionsValidationException(
                DirectLineOptions.Section, typeof(DirectLineOptions),
                [$"DirectLine:SigningKey must be base64 of at least {MinimumBytes} bytes."]);
            return;
        }

        var path = Path.GetFullPath(options.Value.KeyFile, environment.ContentRootPath);
        if (File.Exists(path) && Decode(File.ReadAllText(path)) is { } stored)
        {
            Bytes = stored;
            return;
        }

        Bytes = RandomNumberGenerator.GetBytes(MinimumBytes);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Convert.ToBase64String(Bytes));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        // Instances behind a load balancer must share this key: set DirectLine:SigningKey there.
        logger.LogInformation("Generated a Direct Line signing key in {KeyFile}", path);
    }

    public byte[] Bytes { get; }

    private static byte[]? Decode(string base64)
    {
        try
        {
            var bytes = Convert.FromBase64String(base64.Trim());
            return bytes.Length >= MinimumBytes ? bytes : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
