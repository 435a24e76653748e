using System;
using System.Text;

namespace AllTx.Generators.Common
{
    /// <summary>
    /// A small indented writer for generated C#: <see cref="Line(string)"/> writes one line at the current depth,
    /// <see cref="Block(string)"/> opens a brace block that closes when the returned scope is disposed.
    /// </summary>
    internal sealed class SourceWriter
    {
        private const string IndentUnit = "    ";
        private readonly StringBuilder _builder = new StringBuilder();
        private int _depth;

        public SourceWriter Line(string text)
        {
            if (text.Length > 0)
            {
                for (int i = 0; i < _depth; i++)
                {
                    _builder.Append(IndentUnit);
                }

                _builder.Append(text);
            }

            _builder.Append('\n');
            return this;
        }

        public SourceWriter Line() => Line(string.Empty);

        public BlockScope Block(string header)
        {
            Line(header);
            Line("{");
            _depth++;
            return new BlockScope(this);
        }

        public override string ToString() => _builder.ToString();

        private void CloseBlock()
        {
            _depth--;
            Line("}");
        }

        /// <summary>Closes the block opened by <see cref="Block(string)"/>.</summary>
        public readonly struct BlockScope : IDisposable
        {
            private readonly SourceWriter _writer;

            public BlockScope(SourceWriter writer) => _writer = writer;

            public void Dispose() => _writer.CloseBlock();
        }
    }
}
