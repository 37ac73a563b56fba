#pragma once

#include "core/codec/namerepeats.h"

#include <QByteArrayView>
#include <QList>

namespace leadopp::core {

/// True for the bytes that continue a UTF-8 sequence (10xxxxxx).
inline bool isUtf8Continuation(uchar byte)
{
    return (byte & 0xC0) == 0x80;
}

/// What one pass over the bytes of a JSON text finds out before (and instead of) the
/// slower checks that need it.
struct TextScan {
    /// Offset of the first byte that is not well-formed UTF-8 (overlong forms and
    /// surrogates included), or -1 when all of the text is valid; the scan stops there.
    qsizetype invalidUtf8 = -1;
    /// The text holds the bytes of U+FEFF somewhere (only then do strings need escaping).
    bool hasByteOrderMark = false;
    /// Colons outside strings: in a text that parses, the number of members it spells,
    /// repeats included.
    qsizetype memberColons = 0;
    /// Objects and arrays the text opens outside strings, the top level included.
    qsizetype containers = 0;
    /// The text holds a NUL byte or an escape of U+0000 or of a surrogate (\u0000,
    /// \uD800-\uDFFF, a well-formed pair included): only through those can a parsed string
    /// hold a NUL character or half of a surrogate pair (encoded surrogates are invalid UTF-8,
    /// refused above). When false, no string or member name of the parsed text holds one.
    bool mayHoldFlawedText = false;
    /// Every member name the text spells, once each, as views into it (a name holding an
    /// escape is not listed: memberNameEscaped says that one was met).
    QList<QByteArrayView> memberNames;
    bool memberNameEscaped = false;
    /// False when the scan saw every object of the text name each of its members once: the
    /// parser then kept every member (NameRepeatWatch).
    bool namesMayRepeat = true;
};

/// Scans `json` once, without allocating.
TextScan scanText(QByteArrayView json);

} // namespace leadopp::core
