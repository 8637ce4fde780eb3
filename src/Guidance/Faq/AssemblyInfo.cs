using System.Runtime.CompilerServices;

// The evaluation tool measures the index with leave-one-out runs over the FAQ's own question variants.
[assembly: InternalsVisibleTo("IqChatGuide.FaqEval")]
[assembly: InternalsVisibleTo("IqChatGuide.Guidance.Tests")]
