using System.Globalization;

namespace DomainModel.Claims;

/// <summary>
/// The JSON path of a value of a claims document, as its parent's path and its own step (a field name or an array
/// index), written out only when asked for (<see cref="Text"/>: a failure's message, a duplicate id's first place),
/// so that reading a valid document builds no path strings.
/// </summary>
internal sealed class DocumentPath
{
    private readonly DocumentPath? _parent;
    private readonly string? _name;
    private readonly int _index;
    private string? _text;

    private DocumentPath(DocumentPath? parent, string? name, int index, string? text)
    {
        (_parent, _name, _index, _text) = (parent, name, index, text);
    }

    /// <summary>The document itself, <c>$</c>.</summary>
    internal static DocumentPath Root(string text) => new(null, null, -1, text);

    /// <summary>The field <paramref name="name"/> of the value at <paramref name="parent"/>.</summary>
    internal static DocumentPath Field(DocumentPath parent, string name) => new(parent, name, -1, null);

    /// <summary>The item <paramref name="index"/> of the array at <paramref name="parent"/>.</summary>
    internal static DocumentPath Item(DocumentPath parent, int index) => new(parent, null, index, null);

    /// <summary>The path: <c>$.claims[3].quote</c>; a name that is not plain as <c>['a b']</c>.</summary>
    internal string Text => _text ??= _name is not null ? Child(_parent!.Text, _name) : _parent!.Text + "[" + _index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The path of a field of the value at <paramref name="path"/>.</summary>
    internal static string Child(string path, string name) =>
        IsPlainName(name) ? path + "." + name : path + "['" + name.Replace("'", "\\'", System.StringComparison.Ordinal) + "']";

    /// <summary>Whether every character is an ASCII letter, digit or '_' (true for an empty name).</summary>
    private static bool IsPlainName(string name)
    {
        foreach (char c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
