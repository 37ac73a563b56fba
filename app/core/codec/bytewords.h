#pragma once

// Eight bytes of a text looked at as one word, so that a scan finds the next byte it cares
// about in a few instructions (the reader's scan and the cut of a big text share them).
#include <QtGlobal>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace leadopp::core::bytewords {

inline constexpr quint64 kOnes = 0x0101010101010101ULL;
inline constexpr quint64 kHighBits = 0x8080808080808080ULL;

/// The high bit of the lowest zero byte of `word` is set (higher ones may be set wrongly).
constexpr quint64 zeroBytes(quint64 word)
{
    return (word - kOnes) & ~word & kHighBits;
}

#if defined(__SSE2__)
/// Sixteen bytes at once where the processor has SSE2 (every x86-64 does): the white space of
/// indented text mostly comes in runs longer than eight bytes.
inline __m128i loadSixteen(const uchar *data)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(data));
}

/// The bytes of `bytes` equal to `value`, as 0xFF each.
inline __m128i bytesEqual(__m128i bytes, char value)
{
    return _mm_cmpeq_epi8(bytes, _mm_set1_epi8(value));
}

/// Bit n set for byte n of `marks` that is 0xFF (or has its high bit set).
inline uint markBits(__m128i marks)
{
    return uint(_mm_movemask_epi8(marks));
}
#endif

} // namespace leadopp::core::bytewords
