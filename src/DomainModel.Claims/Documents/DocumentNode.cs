using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace DomainModel.Claims;

/// <summary>A JSON value of a claims document with its path; every read checks the shape and fails with a <see cref="ClaimsDocumentException"/> at that path.</summary>
internal readonly struct DocumentNode
{
    private readonly JsonElement _element;

    // The node's path is _owner's, or when _name is not null the field _name of _owner: a field read and not descended
    // into (the most of them) gets no path object, and no path is written out unless asked for (see DocumentPath).
    private readonly DocumentPath _owner;
    private readonly string? _name;

    internal DocumentNode(JsonElement element, string path)
        : this(element, DocumentPath.Root(path), null)
    {
    }

    private DocumentNode(JsonElement element, DocumentPath owner, string? name)
    {
        _element = element;
        _owner = owner;
        _name = name;
    }

    /// <summary>The node's JSON path (<c>$.claims[3].quote</c>), written out on each call.</summary>
    internal string Path => _name is null ? _owner.Text : DocumentPath.Child(_owner.Text, _name);

    /// <summary>Whether the two nodes are the same value of the document (the same path).</summary>
    internal bool IsAt(DocumentNode other) =>
        (ReferenceEquals(_owner, other._owner) && string.Equals(_name, other._name, StringComparison.Ordinal))
        || string.Equals(Path, other.Path, StringComparison.Ordinal);

    /// <summary>The path object of this node, for its children.</summary>
    private DocumentPath Own => _name is null ? _owner : DocumentPath.Field(_owner, _name);

    internal ClaimsDocumentException Fail(string problem, Exception? inner = null) => new(Path, problem, inner);

    /// <summary>Checks this is an object holding only the allowed properties, each once, and every required one.</summary>
    internal DocumentNode Object(string what, string[] required, string[] optional)
    {
        if (_element.ValueKind != JsonValueKind.Object)
        {
            throw Fail($"{what} must be a JSON object, not {Describe(_element.ValueKind)}.");
        }

        if (required.Length + optional.Length > 64)
        {
            return ObjectWithSet(what, required, optional);
        }

        // The fields seen, one bit each at the first index of their name among the allowed ones (required, then
        // optional): the same tests as a set of names, and the same first failure, without a set or a path per field.
        ulong seen = 0;
        foreach (var property in _element.EnumerateObject())
        {
            string name = property.Name;
            int index = AllowedIndex(name, required, optional);
            if (index < 0)
            {
                throw new ClaimsDocumentException(Child(name), NotAField(name, what, required, optional));
            }

            ulong bit = 1UL << index;
            if ((seen & bit) != 0)
            {
                throw new ClaimsDocumentException(Child(name), $"the field \"{name}\" appears twice in {what}.");
            }

            seen |= bit;
        }

        foreach (string name in required)
        {
            if ((seen & (1UL << AllowedIndex(name, required, optional))) == 0)
            {
                throw Fail($"{what} needs the field \"{name}\".");
            }
        }

        return this;
    }

    /// <summary>The index of a name among the allowed ones (required, then optional), its first occurrence; -1 if not allowed.</summary>
    private static int AllowedIndex(string name, string[] required, string[] optional)
    {
        for (int i = 0; i < required.Length; i++)
        {
            if (string.Equals(required[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        for (int i = 0; i < optional.Length; i++)
        {
            if (string.Equals(optional[i], name, StringComparison.Ordinal))
            {
                return required.Length + i;
            }
        }

        return -1;
    }

    private static string NotAField(string name, string what, string[] required, string[] optional) =>
        $"\"{name}\" is not a field of {what}; allowed are {string.Join(", ", required.Concat(optional).Select(n => "\"" + n + "\""))}.";

    /// <summary><see cref="Object"/> for more allowed fields than bits in a word: a set of the names seen.</summary>
    private DocumentNode ObjectWithSet(string what, string[] required, string[] optional)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in _element.EnumerateObject())
        {
            string at = Child(property.Name);
            if (!required.Contains(property.Name, StringComparer.Ordinal) && !optional.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new ClaimsDocumentException(at, NotAField(property.Name, what, required, optional));
            }

            if (!seen.Add(property.Name))
            {
                throw new ClaimsDocumentException(at, $"the field \"{property.Name}\" appears twice in {what}.");
            }
        }

        foreach (string name in required)
        {
            if (!seen.Contains(name))
            {
                throw Fail($"{what} needs the field \"{name}\".");
            }
        }

        return this;
    }

    internal bool Has(string name) => _element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    internal DocumentNode this[string name] => new(_element.GetProperty(name), Own, name);

    internal JsonValueKind Kind => _element.ValueKind;

    internal string String()
    {
        if (_element.ValueKind != JsonValueKind.String)
        {
            throw Fail($"expected a string, not {Describe(_element.ValueKind)}.");
        }

        string value = _element.GetString()!;
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Fail("the text is blank.");
        }

        return value;
    }

    internal string String(string name) => this[name].String();

    internal string? OptionalString(string name) => Has(name) ? String(name) : null;

    internal decimal Decimal()
    {
        if (_element.ValueKind != JsonValueKind.Number)
        {
            throw Fail($"expected a number, not {Describe(_element.ValueKind)}.");
        }

        if (!decimal.TryParse(_element.GetRawText(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out decimal value))
        {
            throw Fail($"the number {_element.GetRawText()} is outside the range of decimal.");
        }

        if (!DomainModel.Utility.ExactDecimal.KeepsFraction(value, DomainModel.Utility.ExactDecimal.RequiredScale(_element.GetRawText())))
        {
            throw Fail($"the number {_element.GetRawText()} has more significant digits than decimal holds (28 to 29, at most 28 decimals): it would be rounded, so it is refused.");
        }

        return value;
    }

    internal decimal Decimal(string name) => this[name].Decimal();

    internal decimal? OptionalDecimal(string name) => Has(name) ? Decimal(name) : null;

    internal bool Boolean(string name)
    {
        var node = this[name];
        return node._element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw node.Fail($"expected true or false, not {Describe(node._element.ValueKind)}."),
        };
    }

    internal int Int32(string name)
    {
        var node = this[name];
        decimal value = node.Decimal();
        if (value != decimal.Truncate(value) || value < int.MinValue || value > int.MaxValue)
        {
            throw node.Fail(FormattableString.Invariant($"expected a whole number, not {value}."));
        }

        return (int)value;
    }

    internal DateOnly Date(string name)
    {
        var node = this[name];
        string text = node.String();
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw node.Fail($"'{text}' is not a date written yyyy-MM-dd.");
    }

    internal IReadOnlyList<DocumentNode> Array()
    {
        if (_element.ValueKind != JsonValueKind.Array)
        {
            throw Fail($"expected a JSON array, not {Describe(_element.ValueKind)}.");
        }

        var items = new List<DocumentNode>(_element.GetArrayLength());
        var own = Own;
        int i = 0;
        foreach (var item in _element.EnumerateArray())
        {
            items.Add(new DocumentNode(item, DocumentPath.Item(own, i), null));
            i++;
        }

        return items;
    }

    internal IReadOnlyList<DocumentNode> Array(string name) => this[name].Array();

    /// <summary>Reads one of the allowed words (exact, case-sensitive).</summary>
    internal T Choice<T>(string name, IReadOnlyList<(string Word, T Value)> allowed)
    {
        var node = this[name];
        string word = node.String();
        foreach (var (w, value) in allowed)
        {
            if (string.Equals(w, word, StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw node.Fail($"'{word}' is not allowed here; expected one of {string.Join(", ", allowed.Select(a => "\"" + a.Word + "\""))}.");
    }

    private string Child(string name) => DocumentPath.Child(Path, name);

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
