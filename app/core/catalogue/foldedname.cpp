#include "core/catalogue/foldedname.h"

namespace leadopp::core {

FoldedName::FoldedName(QStringView name)
{
    m_chars.reserve(name.size());
    for (const QChar c : name) {
        const char16_t unit = c.unicode();
        if (unit == u'_' || unit == u'-')
            continue;
        if (unit < 0x80) // ASCII folds to lower case; the table is for the rest
            m_chars.append(QChar(unit >= u'A' && unit <= u'Z' ? unit + 0x20 : unit));
        else
            m_chars.append(c.toCaseFolded());
    }
}

} // namespace leadopp::core
