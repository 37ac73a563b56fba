#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <variant>

namespace leadopp::core {

/// A canonical field path rooted at the update request body: dot for members, [n] for
/// 0-based array items. "offerLines[1].amount", "leadOpportunity.reasonLost[3]",
/// "customerLegalEntity"; the empty path is the record as a whole.
class FieldPath final
{
public:
    using Segment = std::variant<QString, int>; ///< member name or array index

    FieldPath() = default;
    explicit FieldPath(QList<Segment> segments);

    /// Parses the canonical notation; returns an invalid path (isValid() false) when the
    /// text is not canonical. The empty string is the valid record path.
    static FieldPath parse(QStringView text);
    /// The path to nothing: what a lookup answers when there is no field to name.
    static FieldPath invalid();

    bool isValid() const { return m_valid; }
    bool isRecord() const { return m_valid && m_segments.isEmpty(); }
    const QList<Segment> &segments() const { return m_segments; }
    int size() const { return int(m_segments.size()); }

    FieldPath member(const QString &name) const;
    FieldPath index(int row) const;
    FieldPath parent() const;
    /// The first `count` segments.
    FieldPath left(int count) const;
    bool startsWith(const FieldPath &prefix) const;

    /// "offerLines[1].amount"
    QString toString() const;
    /// The catalogue pattern: indexes emptied, "offerLines[].amount".
    QString pattern() const;
    /// The array index of the first row segment, or -1 ("offerLines[2].amount" -> 2).
    int rowIndex() const;

    friend bool operator==(const FieldPath &a, const FieldPath &b)
    {
        return a.m_valid == b.m_valid && a.m_segments == b.m_segments;
    }
    friend bool operator!=(const FieldPath &a, const FieldPath &b) { return !(a == b); }
    friend bool operator<(const FieldPath &a, const FieldPath &b)
    {
        return a.toString() < b.toString();
    }

private:
    QList<Segment> m_segments;
    bool m_valid = true;
};

/// True when canonical path text `prefix` is `path` or one of its ancestors ("" is the
/// record, the ancestor of all). Compared as text: cheap enough to run over every issue
/// of a big record on each keystroke.
bool isPathPrefix(QStringView prefix, QStringView path);
/// True when one of the two canonical paths is the other or an ancestor of it.
bool isOnBranch(QStringView a, QStringView b);

} // namespace leadopp::core
