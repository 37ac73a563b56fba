// The three error dialects of a 400, each read back by the client's own error mapper.
#include "sandboxhttp.h"

#include "core/codec/documentreader.h"
#include "core/codec/recordnormaliser.h"
#include "core/errors/errormapper.h"
#include "sandbox/rejectionbody.h"

using namespace leadopp;
using namespace leadopp::test;

namespace {

const QString kPath = kLeadsPath + QStringLiteral("/XJSR-DZMFFT");

QByteArray rejectedBody()
{
    QJsonObject body = parseObject(readData(QStringLiteral("sandbox/update-full.json")));
    QJsonArray contacts = body[u"customerContacts"].toArray();
    QJsonObject contact = contacts[0].toObject();
    contact.remove(QStringLiteral("lastName")); // required
    contacts[0] = contact;
    body[u"customerContacts"] = contacts;
    return QJsonDocument(body).toJson();
}

QStringList mappedPaths(const QByteArray &body)
{
    const QJsonObject record = core::normaliseRecord(parseObject(rejectedBody()));
    QStringList paths;
    for (const core::FieldError &error : core::mapErrors(body, 400, record).errors) {
        if (error.match == core::MatchKind::Exact)
            paths.append(error.path);
    }
    paths.sort();
    return paths;
}

const QStringList kExpected { QStringLiteral("customerContacts[0].lastName"),
                              QStringLiteral("offerLines[1].offerNameId") };

class SandboxErrorStyleTest : public SandboxHttpTest
{
};

TEST_F(SandboxErrorStyleTest, pointerList_isTheDefaultAndUsesServerNaming)
{
    EXPECT_EQ(server.errorStyle(), sandbox::ErrorStyle::PointerList);
    const HttpResult result = send("PATCH", kPath, rejectedBody());
    ASSERT_EQ(result.status, 400);
    const QJsonObject body = result.json();
    EXPECT_EQ(body[u"errors"].toObject(), QJsonObject());
    QStringList pointers;
    for (const QJsonValue &item : body[u"error"][0][u"errors"].toArray())
        pointers.append(item[u"pointer"].toString());
    pointers.sort();
    EXPECT_EQ(pointers,
              (QStringList { QStringLiteral("#/customerContact/0/lastName"),
                             QStringLiteral("#/offerLines/1/offerNameId") }))
        << result.body.toStdString();
    EXPECT_EQ(mappedPaths(result.body), kExpected);
}

TEST_F(SandboxErrorStyleTest, dottedMap_keysArePathsWithMessageLists)
{
    server.setErrorStyle(sandbox::ErrorStyle::DottedMap);
    const HttpResult result = send("PATCH", kPath, rejectedBody());
    ASSERT_EQ(result.status, 400);
    const QJsonObject errors = result.json()[u"errors"].toObject();
    EXPECT_EQ(errors.keys(),
              (QStringList { QStringLiteral("customerContact[0].lastName"),
                             QStringLiteral("offerLines[1].offerNameId") }))
        << result.body.toStdString();
    EXPECT_TRUE(errors[u"offerLines[1].offerNameId"][0].isString());
    EXPECT_FALSE(result.json().contains(u"error"));
    EXPECT_EQ(mappedPaths(result.body), kExpected);
}

TEST_F(SandboxErrorStyleTest, nestedObject_indexKeysDescendToTheField)
{
    server.setErrorStyle(sandbox::ErrorStyle::NestedObject);
    const HttpResult result = send("PATCH", kPath, rejectedBody());
    ASSERT_EQ(result.status, 400);
    const QJsonObject errors = result.json()[u"errors"].toObject();
    EXPECT_TRUE(errors[u"offerLines"][u"1"][u"offerNameId"][0].isString())
        << result.body.toStdString();
    EXPECT_TRUE(errors[u"customerContact"][u"0"][u"lastName"][0].isString());
    EXPECT_EQ(mappedPaths(result.body), kExpected);
}

TEST(SandboxRejectionBody, nested_rowAndFieldErrors_keepBoth)
{
    const QList<sandbox::FieldProblem> problems {
        { core::FieldPath::parse(QStringLiteral("offerLines[1].amount")), QStringLiteral("a") },
        { core::FieldPath::parse(QStringLiteral("offerLines[1]")), QStringLiteral("b") },
        { core::FieldPath::parse(QStringLiteral("offerLines[1].amount")), QStringLiteral("c") },
        { core::FieldPath(), QStringLiteral("d") },
    };
    const QJsonObject nested = sandbox::nestedErrors(problems);
    const QJsonObject row = nested[u"offerLines"][u"1"].toObject();
    EXPECT_EQ(row[u"amount"].toArray(), (QJsonArray { QStringLiteral("a"), QStringLiteral("c") }));
    EXPECT_EQ(row[u"non_field_errors"].toArray(), QJsonArray { QStringLiteral("b") });
    EXPECT_EQ(nested[u"non_field_errors"].toArray(), QJsonArray { QStringLiteral("d") });
    const QJsonObject dotted = sandbox::dottedErrors(problems);
    EXPECT_EQ(dotted[u""].toArray(), QJsonArray { QStringLiteral("d") });
    EXPECT_EQ(sandbox::pointerErrors(problems)[0][u"errors"][3][u"pointer"].toString(),
              QStringLiteral("#"));
}

} // namespace
