#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QVarLengthArray>

namespace leadopp::core {

/// Whether some object of a JSON text gives a member name twice, told from the names' bytes
/// as a scan meets them: each open object keeps the names met in it until it closes. Where
/// bytes cannot tell (an escaped name, an object with very many members, a text that is not
/// JSON) the answer is "may repeat", and the reader counts the parsed members instead.
class NameRepeatWatch final
{
public:
    /// An object (`isObject`) or an array opens outside strings.
    void open(bool isObject);
    /// The innermost container closes.
    void close();
    /// A member name of the innermost container, as the text spells it.
    void name(QByteArrayView name);
    /// A member name whose bytes are not its name (it holds an escape), or a colon that no
    /// name comes before.
    void unreadableName() { m_mayRepeat = true; }

    /// False only when every object of a well-formed text was seen to name each member once.
    bool mayRepeat() const { return m_mayRepeat || !m_frames.isEmpty(); }

private:
    struct Frame {
        qsizetype firstName; ///< index in m_names of the object's first name
        bool isObject;
    };
    QVarLengthArray<Frame, 16> m_frames;
    QVarLengthArray<QByteArrayView, 64> m_names; ///< of the open objects, innermost last
    bool m_mayRepeat = false;
};

/// Members of `object` and of every object nested in it. A parser keeps one member per
/// name, so a text whose memberColons exceed this count gives some name twice. `containers`
/// is the text's TextScan::containers: once the walk has met that many, it stops asking
/// values their type (a repeated member may have taken a container with it; then the walk
/// never stops asking, and the count still comes out short).
qsizetype memberCount(const QJsonObject &object, qsizetype containers);

} // namespace leadopp::core
