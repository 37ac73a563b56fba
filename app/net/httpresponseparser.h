#pragma once

#include <QByteArray>
#include <QHash>

namespace leadopp::net {

/// Reads one HTTP/1.x response from the bytes of a connection that carries only it:
/// status line, headers, then a body framed by Content-Length, chunked encoding or the
/// close of the connection. Interim 1xx answers are skipped. Plain values, no socket.
class HttpResponseParser final
{
public:
    enum class State { StatusLine, Headers, Body, Done, Malformed };

    explicit HttpResponseParser(qint64 maxBodyBytes) : m_maxBodyBytes(maxBodyBytes) { }

    /// Takes the next bytes; returns the state after them.
    State feed(const QByteArray &bytes);
    /// The connection closed: a body framed by the close is complete now.
    void closed();

    State state() const { return m_state; }
    bool statusReceived() const { return m_status != 0; }
    bool isComplete() const { return m_state == State::Done; }
    bool tooLarge() const { return m_tooLarge; }
    int status() const { return m_status; }
    /// Header value by lower-case name ("location", "retry-after"); the last one wins.
    QByteArray header(const QByteArray &lowerName) const { return m_headers.value(lowerName); }
    /// Every header read so far, by lower-case name.
    const QHash<QByteArray, QByteArray> &headers() const { return m_headers; }
    const QByteArray &body() const { return m_body; }

private:
    bool readLine(QByteArray *line);
    void parseStatusLine(const QByteArray &line);
    void parseHeaderLine(const QByteArray &line);
    void startBody();
    void readBody();
    bool readChunk();
    void append(const QByteArray &bytes);

    qint64 m_maxBodyBytes;
    State m_state = State::StatusLine;
    QByteArray m_buffer;
    int m_status = 0;
    QHash<QByteArray, QByteArray> m_headers;
    QByteArray m_body;
    qint64 m_remaining = -1; ///< Content-Length bytes still due; -1 when framed otherwise
    bool m_chunked = false;
    qint64 m_chunkLeft = -1; ///< bytes of the current chunk still due; -1 before its size line
    bool m_tooLarge = false;
};

} // namespace leadopp::net
