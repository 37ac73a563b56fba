#include "core/codec/shortestreal.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <optional>

namespace leadopp::core {

namespace {

// The shortest digits that read back as `real`, and where the decimal point goes.
struct ShortestDigits {
    bool negative = false;
    char digits[24] = {};
    int count = 0;
    int pointAt = 0; ///< digits before the decimal point (negative: zeros after it first)
};

// Amounts are mostly whole or in cents. A number below 1e13 that is the double nearest to
// `cents` / 100 reads back from those digits, and from no decimal with fewer: any other lies
// a cent or more away, where doubles of that size are a thousandth of a cent apart. So those
// are its shortest digits, found without the general search.
std::optional<ShortestDigits> centDigits(double real)
{
    if (!(std::abs(real) < 1e13))
        return std::nullopt;
    const long long cents = std::llround(real * 100.0);
    if (cents == 0 || double(cents) / 100.0 != real)
        return std::nullopt;
    long long digits = std::abs(cents);
    int zeros = 0;
    for (; digits % 10 == 0; digits /= 10)
        ++zeros;
    ShortestDigits shortest;
    shortest.negative = cents < 0;
    shortest.count
        = int(std::to_chars(shortest.digits, shortest.digits + 20, digits).ptr - shortest.digits);
    shortest.pointAt = shortest.count + zeros - 2;
    return shortest;
}

ShortestDigits shortestDigits(double real)
{
    if (const std::optional<ShortestDigits> cents = centDigits(real))
        return *cents;
    char text[40];
    const char *end
        = std::to_chars(text, text + sizeof text, real, std::chars_format::scientific).ptr;
    ShortestDigits shortest;
    const char *at = text;
    shortest.negative = *at == '-';
    at += shortest.negative ? 1 : 0;
    for (; at != end && *at != 'e'; ++at) {
        if (*at != '.')
            shortest.digits[shortest.count++] = *at;
    }
    int exponent = 0;
    std::from_chars(at + (at[1] == '+' ? 2 : 1), end, exponent);
    shortest.pointAt = exponent + 1;
    return shortest;
}

char *writeDecimal(const ShortestDigits &number, char *at)
{
    if (number.pointAt <= 0) {
        *at++ = '0';
        *at++ = '.';
        at = std::fill_n(at, -number.pointAt, '0');
        return std::copy_n(number.digits, number.count, at);
    }
    for (int i = 0; i < std::max(number.count, number.pointAt); ++i) {
        if (i == number.pointAt)
            *at++ = '.';
        *at++ = i < number.count ? number.digits[i] : '0';
    }
    return at;
}

char *writeExponent(const ShortestDigits &number, char *at)
{
    *at++ = number.digits[0];
    if (number.count > 1) {
        *at++ = '.';
        at = std::copy_n(number.digits + 1, number.count - 1, at);
    }
    const int exponent = number.pointAt - 1;
    *at++ = 'e';
    *at++ = exponent < 0 ? '-' : '+';
    if (std::abs(exponent) < 10)
        *at++ = '0';
    return std::to_chars(at, at + 4, std::abs(exponent)).ptr;
}

int exponentDigits(int exponent)
{
    return std::abs(exponent) >= 100 ? 3 : 2;
}

} // namespace

// Whichever of the decimal and the exponent form is shorter, the decimal one on a tie, and
// zero without a sign: the rule Qt's shortest 'g' form follows.
char *writeShortestReal(double real, char *at)
{
    if (real == 0) {
        *at++ = '0';
        return at;
    }
    const ShortestDigits number = shortestDigits(real);
    const int count = number.count;
    const int decimalLength = number.pointAt <= 0
        ? 2 - number.pointAt + count
        : std::max(number.pointAt, count) + (count > number.pointAt ? 1 : 0);
    const int exponentLength = count + (count > 1 ? 1 : 0) + 2 + exponentDigits(number.pointAt - 1);
    if (number.negative)
        *at++ = '-';
    return decimalLength <= exponentLength ? writeDecimal(number, at) : writeExponent(number, at);
}

} // namespace leadopp::core
