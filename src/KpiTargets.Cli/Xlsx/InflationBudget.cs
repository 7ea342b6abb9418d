namespace KpiTargets.Cli.Xlsx;

/// <summary>
/// How many bytes a workbook's parts have inflated to so far, all parts together: past
/// <see cref="SpreadsheetMl.MaxInflatedBytes"/>, reading stops with <see cref="InvalidDataException"/>, which the reader
/// reports as a damaged workbook.
/// </summary>
internal sealed class InflationBudget
{
    private long _inflated;

    private void Spend(int bytes)
    {
        _inflated += bytes;
        if (_inflated > SpreadsheetMl.MaxInflatedBytes)
        {
            throw new InvalidDataException($"its parts inflate to more than {SpreadsheetMl.MaxInflatedBytes >> 30} GiB");
        }
    }

    /// <summary>A part's inflating stream that spends from the package's budget as it is read.</summary>
    internal sealed class Stream(System.IO.Stream part, InflationBudget budget) : System.IO.Stream
    {
        /// <inheritdoc/>
        public override bool CanRead => true;

        /// <inheritdoc/>
        public override bool CanSeek => false;

        /// <inheritdoc/>
        public override bool CanWrite => false;

        /// <inheritdoc/>
        public override long Length => throw new NotSupportedException();

        /// <inheritdoc/>
        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        /// <inheritdoc/>
        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        /// <inheritdoc/>
        public override int Read(Span<byte> buffer)
        {
            var read = part.Read(buffer);
            budget.Spend(read);
            return read;
        }

        /// <inheritdoc/>
        public override void Flush()
        {
        }

        /// <inheritdoc/>
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        /// <inheritdoc/>
        public override void SetLength(long value) => throw new NotSupportedException();

        /// <inheritdoc/>
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        /// <inheritdoc/>
        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                part.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
