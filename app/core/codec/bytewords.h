#pragma once

// Eight bytes of a text looked at as one word, so that a scan finds the next byte it cares
// about in a few instructions (the reader's scan and the cut of a big text share them).
#include <QtGlobal>

namespace leadopp::core::bytewords {

inline constexpr quint64 kOnes = 0x0101010101010101ULL;
inline constexpr quint64 kHighBits = 0x8080808080808080ULL;

/// The high bit of the lowest zero byte of `word` is set (higher ones may be set wrongly).
constexpr quint64 zeroBytes(quint64 word)
{
    return (word - kOnes) & ~word & kHighBits;
}

} // namespace leadopp::core::bytewords
