#pragma once

#include <QChar>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

namespace leadopp::core {

/// A member name folded as FieldCatalogue::foldName folds it (case, '_' and '-' ignored),
/// kept on the stack: the error mapper folds every path segment it meets, and allocating
/// a string for each dominated its cost.
class FoldedName final
{
public:
    explicit FoldedName(QStringView name);

    QStringView view() const { return QStringView(m_chars.constData(), m_chars.size()); }
    /// A QString over the folded characters without copying them, for hash lookups; it
    /// must not outlive this object.
    QString rawString() const { return QString::fromRawData(m_chars.constData(), m_chars.size()); }

private:
    QVarLengthArray<QChar, 64> m_chars;
};

} // namespace leadopp::core
