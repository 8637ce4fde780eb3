using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace IqChatGuide.Bot.Tests.Infrastructure;

/// <summary>
/// A real redis-server on a free port, in its own temp folder, with the append-only file on and fsync per
/// write (so a kill loses nothing that was acknowledged). Can be killed and started again from its AOF.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("iqcg-redis-").FullName;
    private Process? _process;

    public int Port { get; } = FreePort();

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static string? Executable =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(p => Path.Combine(p, "redis-server")).FirstOrDefault(File.Exists);

    public static RedisServer Start()
    {
        var server = new RedisServer();
        server.StartProcess();
        return server;
    }

    public void StartProcess()
    {
        var exe = Executable ?? throw new InvalidOperationException("redis-server is not installed (./test.sh installs it)");
        var psi = new ProcessStartInfo(exe)
        {
            WorkingDirectory = _dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--port", Port.ToString(), "--bind", "127.0.0.1", "--dir", _dir, "--appendonly", "yes", "--appendfsync", "always",
                     "--save", "", "--daemonize", "no", "--protected-mode", "no", "--loglevel", "warning",
                 })
            psi.ArgumentList.Add(arg);
        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        WaitUntilAnswering();
    }

    /// <summary>SIGKILL: no shutdown, no final save; only what is in the AOF survives.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }
        _process?.Dispose();
        _process = null;
    }

    private void WaitUntilAnswering()
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                using var stream = client.GetStream();
                stream.Write("PING\r\n"u8);
                var buffer = new byte[64];
                var n = stream.Read(buffer);
                if (n > 0 && System.Text.Encoding.ASCII.GetString(buffer, 0, n).StartsWith("+PONG", StringComparison.Ordinal)) return;
            }
            catch (SocketException) { }
            catch (IOException) { }
            Thread.Sleep(50);
        }
        throw new TimeoutException($"redis-server did not answer on port {Port}");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return ValueTask.CompletedTask;
    }
}

/// <summary>One Redis for the whole test assembly; tests keep apart by key prefix.</summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private RedisServer? _server;

    public RedisServer Server => _server ?? throw new InvalidOperationException("redis-server is not installed (./test.sh installs it)");

    public ValueTask InitializeAsync()
    {
        if (RedisServer.Executable is not null) _server = RedisServer.Start();
        return ValueTask.CompletedTask;
    }

    /// <summary>Skips the test when redis-server is missing, so a machine without it still runs the rest.</summary>
    public RedisServer Require()
    {
        if (_server is null) Assert.Skip("redis-server is not installed; ./test.sh installs it");
        return _server;
    }

    public string NewPrefix() => $"t{Guid.NewGuid():N}:";

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
