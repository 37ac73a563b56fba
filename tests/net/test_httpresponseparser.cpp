// The response reader of the transport: framing by Content-Length, chunks or the close of
// the connection, interim answers, caps, and answers cut short.
#include "testsupport.h"

#include "net/httpresponseparser.h"

#include <gtest/gtest.h>

using leadopp::net::HttpResponseParser;
using State = HttpResponseParser::State;

namespace {

TEST(HttpResponseParser, contentLengthBodyArrivingInPieces)
{
    HttpResponseParser parser(1024);
    EXPECT_EQ(parser.feed("HTTP/1.1 201 Created\r\nContent-Le"), State::Headers);
    EXPECT_EQ(parser.feed("ngth: 7\r\nRetry-After: 3\r\n\r\n{\"a\""), State::Body);
    EXPECT_TRUE(parser.statusReceived());
    EXPECT_EQ(parser.feed(":1}"), State::Done);
    EXPECT_EQ(parser.status(), 201);
    EXPECT_EQ(parser.body(), QByteArray("{\"a\":1}"));
    EXPECT_EQ(parser.header("retry-after"), QByteArray("3"));
}

TEST(HttpResponseParser, chunkedBodyAndInterimContinue)
{
    HttpResponseParser parser(1024);
    parser.feed(
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
    EXPECT_EQ(parser.status(), 200);
    EXPECT_EQ(parser.feed("4\r\n{\"a\"\r\n3;x=y\r\n:1}\r\n"), State::Body);
    EXPECT_EQ(parser.feed("0\r\n\r\n"), State::Done);
    EXPECT_EQ(parser.body(), QByteArray("{\"a\":1}"));
}

TEST(HttpResponseParser, bodyWithoutLengthEndsWithTheConnection)
{
    HttpResponseParser parser(1024);
    parser.feed("HTTP/1.0 200 OK\r\n\r\n{}");
    EXPECT_FALSE(parser.isComplete());
    parser.closed();
    EXPECT_TRUE(parser.isComplete());
    EXPECT_EQ(parser.body(), QByteArray("{}"));
}

TEST(HttpResponseParser, closeBeforeTheDeclaredLengthIsNotComplete)
{
    HttpResponseParser parser(1024);
    parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n{}");
    parser.closed();
    EXPECT_FALSE(parser.isComplete());
    EXPECT_EQ(parser.state(), State::Body);
}

TEST(HttpResponseParser, declaredOrReceivedBodyOverTheCapIsTooLarge)
{
    HttpResponseParser declared(10);
    declared.feed("HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n");
    EXPECT_TRUE(declared.tooLarge());
    HttpResponseParser streamed(10);
    streamed.feed("HTTP/1.1 200 OK\r\n\r\n0123456789A");
    EXPECT_TRUE(streamed.tooLarge());
}

TEST(HttpResponseParser, garbageIsMalformed)
{
    HttpResponseParser parser(1024);
    EXPECT_EQ(parser.feed("SSH-2.0-OpenSSH\r\n"), State::Malformed);
}

} // namespace
