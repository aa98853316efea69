using System.Text;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Turns report bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK (which Chinese
/// government sites still serve). Binary and empty input is rejected with a message saying what was wrong.
/// </summary>
public static class ReportDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) throw new ReportFormatException("The report is empty (0 bytes).");

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return DecodeWith(StrictUtf8, bytes[3..], "UTF-8 (with BOM)");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return DecodeWith(new UnicodeEncoding(false, false, true), bytes[2..], "UTF-16LE");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return DecodeWith(new UnicodeEncoding(true, false, true), bytes[2..], "UTF-16BE");

        RejectBinary(bytes);

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: the other encoding Chinese report pages come in is GB2312/GBK, both subsets of GB18030.
        }
        try
        {
            return StrictGb18030.Value.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new ReportFormatException("The report is neither valid UTF-8 nor GB18030/GBK text.", ex);
        }
    }

    private static string DecodeWith(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new ReportFormatException($"The report starts with a {name} byte-order mark but is not valid {name}.", ex);
        }
    }

    /// <summary>Text never holds NUL bytes and only few control characters; a sample of the head decides.</summary>
    private static void RejectBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) throw new ReportFormatException("The report looks binary (it contains NUL bytes); expected UTF-8 or GB18030 text.");
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) control++;
        }
        if (control * 100 > sample.Length) throw new ReportFormatException("The report looks binary (too many control bytes); expected UTF-8 or GB18030 text.");
    }
}
