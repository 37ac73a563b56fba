#include "net/httpresponseparser.h"

namespace leadopp::net {

namespace {

constexpr int kMaxLineBytes = 64 * 1024; // a header line longer than this is no API's

} // namespace

bool HttpResponseParser::readLine(QByteArray *line)
{
    const qsizetype end = m_buffer.indexOf('\n');
    if (end < 0) {
        if (m_buffer.size() > kMaxLineBytes)
            m_state = State::Malformed;
        return false;
    }
    *line = m_buffer.left(end);
    if (line->endsWith('\r'))
        line->chop(1);
    m_buffer.remove(0, end + 1);
    return true;
}

void HttpResponseParser::parseStatusLine(const QByteArray &line)
{
    // "HTTP/1.1 200 OK": the version, then a three-digit code.
    const QList<QByteArray> parts = line.split(' ');
    bool ok = false;
    const int status = parts.value(1).toInt(&ok);
    if (!line.startsWith("HTTP/1.") || !ok || status < 100 || status > 999) {
        m_state = State::Malformed;
        return;
    }
    m_status = status;
    m_headers.clear();
    m_state = State::Headers;
}

void HttpResponseParser::parseHeaderLine(const QByteArray &line)
{
    if (!line.isEmpty()) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            m_headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        return;
    }
    if (m_status >= 100 && m_status < 200) { // 100 Continue and friends: the answer follows
        m_status = 0;
        m_state = State::StatusLine;
        return;
    }
    startBody();
}

void HttpResponseParser::startBody()
{
    m_state = State::Body;
    m_chunked = m_headers.value("transfer-encoding").toLower().contains("chunked");
    bool ok = false;
    const qint64 length = m_headers.value("content-length").toLongLong(&ok);
    m_remaining = !m_chunked && ok && length >= 0 ? length : -1;
    if (m_remaining > m_maxBodyBytes)
        m_tooLarge = true;
    if (m_status == 204 || m_status == 304 || m_remaining == 0)
        m_state = State::Done;
}

void HttpResponseParser::append(const QByteArray &bytes)
{
    m_body += bytes;
    if (m_body.size() > m_maxBodyBytes)
        m_tooLarge = true;
}

bool HttpResponseParser::readChunk()
{
    if (m_chunkLeft < 0) {
        QByteArray line;
        if (!readLine(&line))
            return false;
        bool ok = false;
        m_chunkLeft = line.split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok || m_chunkLeft < 0) {
            m_state = State::Malformed;
            return false;
        }
        if (m_chunkLeft == 0) { // trailers are not used by the API: done at the last chunk
            m_state = State::Done;
            return false;
        }
    }
    // The chunk's data, then its CRLF.
    if (m_buffer.size() < m_chunkLeft + 2)
        return false;
    append(m_buffer.left(m_chunkLeft));
    m_buffer.remove(0, m_chunkLeft + 2);
    m_chunkLeft = -1;
    return true;
}

void HttpResponseParser::readBody()
{
    if (m_chunked) {
        while (m_state == State::Body && !m_tooLarge && readChunk()) { }
        return;
    }
    const qint64 take
        = m_remaining >= 0 ? qMin<qint64>(m_remaining, m_buffer.size()) : m_buffer.size();
    append(m_buffer.left(take));
    m_buffer.remove(0, take);
    if (m_remaining >= 0) {
        m_remaining -= take;
        if (m_remaining == 0)
            m_state = State::Done;
    }
}

HttpResponseParser::State HttpResponseParser::feed(const QByteArray &bytes)
{
    m_buffer += bytes;
    QByteArray line;
    while (m_state == State::StatusLine || m_state == State::Headers) {
        if (!readLine(&line))
            return m_state;
        if (m_state == State::StatusLine)
            parseStatusLine(line);
        else
            parseHeaderLine(line);
    }
    if (m_state == State::Body && !m_tooLarge)
        readBody();
    return m_state;
}

void HttpResponseParser::closed()
{
    // Only a body without Content-Length or chunks ends with the connection.
    if (m_state == State::Body && !m_chunked && m_remaining < 0)
        m_state = State::Done;
}

} // namespace leadopp::net
