namespace IqChatGuide.Guidance.Routing;

/// <summary>A routing data file (offices, postal codes, professions) is missing or wrong; the guide does not start.</summary>
public sealed class RoutingDataException(string message, Exception? inner = null) : Exception(message, inner);
