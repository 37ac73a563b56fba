#pragma once

// The string token a byte-by-byte walk of a JSON text met last, or the one still open: the
// reader's scan names members by it, and the cut of a big text names the containers open
// at the cut by it.
#include <QtGlobal>

namespace leadopp::core {

struct StringToken {
    bool open = false;
    bool escaped = false; ///< it holds a backslash escape
    qsizetype begin = -1; ///< its first byte after the opening quote
    qsizetype end = -1;   ///< its closing quote

    /// A backslash at `at`: inside a string the escaped byte is skipped unless it starts a
    /// UTF-8 sequence (which the walk must still see).
    void escapeAt(const uchar *data, qsizetype &at, qsizetype size)
    {
        escaped = escaped || open;
        if (open && at + 1 < size && data[at + 1] < 0x80)
            ++at;
    }

    /// A quote at `at`: it opens a string or closes the open one.
    void quoteAt(qsizetype at)
    {
        open = !open;
        if (open) {
            begin = at + 1;
            escaped = false;
        } else {
            end = at;
        }
    }
};

} // namespace leadopp::core
