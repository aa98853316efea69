using System.Text;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests;

public sealed class TextTests
{
    private const string Page = "当前位置: 首页 > 政务公开 > 文件库\r\n\r\n来源:县政府办公室 发布时间:2022-03-25 11:19 浏览次数:1\r\n\r\n（一）全县共办理行政复议案件１２件。\r\n";

    [Fact]
    public void Clean_up_drops_breadcrumb_and_page_metadata_lines()
    {
        var cleaned = TextCleaner.Clean(Page);
        Assert.DoesNotContain("当前位置", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("浏览次数", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("(一)全县共办理行政复议案件12件。", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Full_width_punctuation_and_digits_fold_but_evidence_quotes_the_original()
    {
        var cleaned = TextCleaner.Clean(Page);
        var at = cleaned.Text.IndexOf("12件", StringComparison.Ordinal);
        var evidence = cleaned.EvidenceFor(at, at + 3);
        Assert.Equal("１２件", evidence.Quote);
        Assert.Equal(Page.IndexOf("１２件", StringComparison.Ordinal), evidence.Start);
    }

    [Fact]
    public void A_sentence_that_starts_with_laiyuan_is_not_page_chrome()
    {
        var cleaned = TextCleaner.Clean("来源于群众的意见建议全部办结,共计35件。");
        Assert.Contains("35件", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_of_spaces_collapse_and_carriage_returns_go()
    {
        var cleaned = TextCleaner.Clean("调解矛盾纠纷776 \u3000 件,\r\n成功率99.9%。");
        Assert.Equal("调解矛盾纠纷776 件,\n成功率99.9%。", cleaned.Text);
    }

    [Fact]
    public void Utf8_with_and_without_bom_decode_alike()
    {
        var text = "富蕴县法治政府建设工作报告";
        var plain = Encoding.UTF8.GetBytes(text);
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(plain).ToArray();
        Assert.Equal(text, ReportDecoder.Decode(plain));
        Assert.Equal(text, ReportDecoder.Decode(withBom));
    }

    [Fact]
    public void Gbk_bytes_are_detected_and_decoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = Reports.Text("gaoyi-county-2020");
        var gbk = Encoding.GetEncoding("GBK").GetBytes(text);
        Assert.Equal(text, ReportDecoder.Decode(gbk));
        var facts = ReportExtractor.Default.Extract(gbk);
        Assert.Equal("高邑县", facts.Report.Jurisdiction);
        Assert.Contains(facts.Documents, d => d.Number?.ToString() == "高政办发〔2020〕65号");
    }

    [Fact]
    public void Empty_input_is_rejected_clearly()
    {
        var ex = Assert.Throws<ReportFormatException>(() => ReportExtractor.Default.Extract(Array.Empty<byte>()));
        Assert.Contains("empty", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Throws<ReportFormatException>(() => ReportExtractor.Default.Extract("   \n\t "));
    }

    [Fact]
    public void Binary_input_is_rejected_clearly()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0 };
        var ex = Assert.Throws<ReportFormatException>(() => ReportExtractor.Default.Extract(png));
        Assert.Contains("binary", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Bytes_that_are_neither_utf8_nor_gb18030_are_rejected()
    {
        var ex = Assert.Throws<ReportFormatException>(() => ReportDecoder.Decode([0xC3, 0x28, 0xA0, 0xA1, 0xFF, 0xFF, 0xFF, 0x81]));
        Assert.Contains("GB18030", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_without_any_chinese_is_rejected()
    {
        var ex = Assert.Throws<ReportFormatException>(() => ReportExtractor.Default.Extract("just some ASCII text, 123 items"));
        Assert.Contains("Chinese", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_html_page_is_reduced_to_its_text_and_extracted()
    {
        var html = "<!DOCTYPE html><html><head><title>报告</title><style>p{color:red}</style><script>var x='《假标题》';</script></head><body>"
            + "<div class=\"crumb\">当前位置: 首页 &gt; 政务公开</div><h1>嘉善县人民政府关于2022年度法治政府建设情况的报告</h1>"
            + "<p>一、主要工作</p><p>制定《嘉善县重大行政决策程序规定》(善政办发〔2022〕8号),全年办理行政复议案件&nbsp;45件。</p>"
            + "<p>嘉善县人民政府</p><p>2023年2月10日</p></body></html>";
        var facts = ReportExtractor.Default.Extract(Encoding.UTF8.GetBytes(html));
        Assert.DoesNotContain("<", facts.OriginalText, StringComparison.Ordinal);
        Assert.Equal("嘉善县", facts.Report.Jurisdiction);
        var doc = Assert.Single(facts.Documents);
        Assert.Equal("嘉善县重大行政决策程序规定", doc.Title);
        Assert.Contains(facts.Metrics, m => m.Value == 45 && m.Unit == "件");
        Assert.All(facts.Metrics.SelectMany(m => m.Evidence), e => Assert.Equal(facts.OriginalText[e.Start..e.End], e.Quote));
    }

    [Fact]
    public void A_20_MB_input_is_extracted_completely()
    {
        var one = Reports.Text("fuyun-county-2024");
        var sb = new StringBuilder();
        var copies = 0;
        var bytesPerCopy = Encoding.UTF8.GetByteCount(one) + 1;
        while (copies * bytesPerCopy < 20_000_000) { sb.Append(one).Append('\n'); copies++; }
        var text = sb.ToString();
        Assert.True(Encoding.UTF8.GetByteCount(text) >= 20_000_000);

        var facts = ReportExtractor.Default.Extract(text);

        Assert.Equal("富蕴县", facts.Report.Jurisdiction);
        Assert.Equal(107 * copies, facts.Metrics.Count);
        Assert.Equal(16, facts.Documents.Count);
        Assert.Equal(copies, facts.Documents[0].Evidence.Count);
        var last = facts.Metrics[^1].Evidence[0];
        Assert.Equal(text[last.Start..last.End], last.Quote);
    }
}
