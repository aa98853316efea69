using System.Text;
using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>Renders a runtime value for error messages the way graphql-js <c>inspect</c> does.</summary>
public static class Inspector
{
    private const int MaxDepth = 2;
    private const int MaxItems = 10;

    public static string Inspect(object? value) => Inspect(value, 0);

    private static string Inspect(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return "null";
            case string s:
                return JsonSerializer.Serialize(s, JsonOptions);
            case bool b:
                return b ? "true" : "false";
            case double d:
                return FormatNumber(d);
            case float f:
                return FormatNumber(f);
            case decimal m:
                return m.ToString(CultureInfo.InvariantCulture);
            case sbyte or byte or short or ushort or int or uint or long or ulong:
                return Convert.ToString(value, CultureInfo.InvariantCulture)!;
            case Enum e:
                return JsonSerializer.Serialize(e.ToString(), JsonOptions);
            case JsonElement json:
                return Inspect(JsonValues.ToClr(json), depth);
            case IDictionary<string, object?> dict:
                {
                    if (dict.Count == 0) return "{}";
                    if (depth > MaxDepth) return "[Object]";
                    var parts = dict.Select(kv => kv.Key + ": " + Inspect(kv.Value, depth + 1));
                    return "{ " + string.Join(", ", parts) + " }";
                }
            case IEnumerable list:
                {
                    var items = list.Cast<object?>().ToList();
                    if (items.Count == 0) return "[]";
                    if (depth > MaxDepth) return "[Array]";
                    var shown = items.Take(MaxItems).Select(i => Inspect(i, depth + 1)).ToList();
                    if (items.Count > MaxItems) shown.Add($"... {items.Count - MaxItems} more items");
                    return "[" + string.Join(", ", shown) + "]";
                }
            default:
                return "{}";
        }
    }

    /// <summary>
    /// A number as JavaScript's String(n) writes it (ECMA-262 Number::toString): the shortest round-trip digits,
    /// in positional form unless the exponent is at least 21 or below -6 (1e+21, 1.5e-7, 100000000000000000000).
    /// </summary>
    public static string FormatNumber(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "Infinity";
        if (double.IsNegativeInfinity(d)) return "-Infinity";
        if (d == 0) return "0"; // also -0, as JS prints it

        // .NET's "R" gives the same shortest digits as JS; only their layout differs.
        var roundTrip = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = roundTrip.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponentAt < 0 ? roundTrip : roundTrip[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(roundTrip.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var pointAt = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = pointAt < 0 ? mantissa : mantissa.Remove(pointAt, 1);
        // n: the decimal point's position after the first digit of `digits` (value = 0.digits × 10^n).
        var n = (pointAt < 0 ? mantissa.Length : pointAt) + exponent;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        n -= leadingZeros;
        var k = digits.Length;

        var sb = new StringBuilder(d < 0 ? "-" : string.Empty);
        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            var e = n - 1;
            sb.Append(digits[0]);
            if (k > 1) sb.Append('.').Append(digits, 1, k - 1);
            sb.Append('e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e));
        }
        return sb.ToString();
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

}
