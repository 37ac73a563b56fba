// A big record's validation is cut into parts that two threads share (runs of rows, the text
// check), and the duplicate rules take the rough keys the walk noted instead of looking every
// row up again. None of that may change a finding, its text or its place in the list: a
// record seeded with the usual defects, several of them on the boundaries between the parts,
// is validated as by the plain sequential run.
#include "bigdraft.h"
#include "testsupport.h"
#include "validationreference.h"

#include "core/catalogue/formposition.h"
#include "core/validation/duplicaterules.h"
#include "core/validation/validationcontext.h"
#include "core/validation/validationvalues.h"
#include "core/validation/validator.h"

#include <QJsonArray>
#include <algorithm>
#include <gtest/gtest.h>
#include <limits>
#include <thread>

using namespace leadopp;
using namespace leadopp::core;
using leadopp::test::sequentialReference;

namespace {

QStringList rulesOf(const QList<Finding> &findings)
{
    QStringList rules;
    for (const Finding &finding : findings)
        rules.append(finding.rule);
    return rules;
}

QJsonObject withMember(QJsonObject object, const char *name, const QJsonValue &value)
{
    object.insert(QString::fromLatin1(name), value);
    return object;
}

// Offer lines seeded with repeats across the boundaries of 256-row parts (a repeat of the
// row before, of the first row, of a row in another part), bad and negative amounts, wrong
// types, missing offers, unknown members and a row that is no object.
QJsonArray seededOfferLines(QJsonArray lines)
{
    const auto line = [&lines](int row) { return lines.at(row).toObject(); };
    lines.replace(256, line(255));
    lines.replace(511, line(0));
    lines.replace(2999, line(1300));
    lines.replace(1300, withMember(line(1300), "note", QStringLiteral("kept")));
    lines.replace(512, withMember(line(512), "amount", -250.5));
    lines.replace(768, withMember(line(768), "amount", true));
    lines.replace(769, withMember(line(769), "amount", QStringLiteral("1.234,5")));
    lines.replace(1024, withMember(line(1024), "offerNameId", QStringLiteral("   ")));
    lines.replace(1025, withMember(line(1025), "revenueType", QStringLiteral("string")));
    lines.replace(1026, line(1024)); // rows without an offer repeat nothing
    lines.replace(1280, 17);
    lines.replace(1536, withMember(line(1536), "offerNameId", QStringLiteral("integer")));
    return lines;
}

// Contacts whose repeats also carry a bad address: two findings on one path, whose order
// says which part came first.
QJsonArray seededContacts(QJsonArray contacts)
{
    const int mistaken = 17; // the generator gives this row an address without '@'
    contacts.replace(300, contacts.at(mistaken));
    QJsonObject shouted = contacts.at(5).toObject();
    const QString address = shouted.value(QLatin1String("email")).toString();
    shouted.insert(QStringLiteral("email"), QString(QStringLiteral("  ") + address.toUpper()));
    contacts.replace(301, shouted);
    contacts.replace(302, withMember(contacts.at(302).toObject(), "email", QString()));
    contacts.replace(303, withMember(contacts.at(303).toObject(), "lastName", QJsonValue()));
    return contacts;
}

QJsonObject seededRecord()
{
    QJsonObject record = test::bigDraftRecord({ 3000, 400, 97 });
    record.insert(QStringLiteral("offerLines"),
                  seededOfferLines(record.value(QLatin1String("offerLines")).toArray()));
    record.insert(QStringLiteral("customerContacts"),
                  seededContacts(record.value(QLatin1String("customerContacts")).toArray()));
    QJsonObject lead = record.value(QLatin1String("leadOpportunity")).toObject();
    lead.insert(QStringLiteral("closeDate"), QStringLiteral("2026-02-30"));
    lead.insert(QStringLiteral("status"), QStringLiteral("WON"));
    lead.remove(QStringLiteral("name"));
    record.insert(QStringLiteral("leadOpportunity"), lead);
    record.insert(QStringLiteral("somethingElse"), 1);
    return record;
}

// A text holding a NUL character, which the text check reports.
QString withNul(const char *text)
{
    return QString(QStringLiteral("nul ") + QChar(0) + QLatin1String(text));
}

void expectSameFindings(const QList<Finding> &findings, const QList<Finding> &reference)
{
    ASSERT_EQ(findings.size(), reference.size());
    for (qsizetype i = 0; i < findings.size(); ++i)
        ASSERT_EQ(findings.at(i), reference.at(i))
            << i << ": " << findings.at(i).path.toStdString() << " "
            << findings.at(i).rule.toStdString() << " against "
            << reference.at(i).path.toStdString() << " " << reference.at(i).rule.toStdString();
}

} // namespace

TEST(ValidationParts, aSeededRecordIsValidatedAsInOneSequentialRun)
{
    const QJsonObject record = seededRecord();
    for (const ExportMode mode : { ExportMode::Update, ExportMode::Create }) {
        const QList<Finding> reference = sequentialReference(record, mode);
        const QStringList rules = rulesOf(reference);
        for (const char *rule : { "duplicate-offer-line", "duplicate-contact", "number",
                                  "negative-amount", "required", "date-time", "type", "enum",
                                  "placeholder", "email", "unknown-member", "won-reason" })
            EXPECT_TRUE(rules.contains(QLatin1String(rule))) << rule;
        expectSameFindings(validateRecord(record, mode), reference);
    }
}

TEST(ValidationParts, aRepeatSpanningTwoPartsIsReportedOnTheLaterRow)
{
    const QList<Finding> findings = validateRecord(seededRecord(), ExportMode::Update);
    const auto repeats = [&findings](const char *path) {
        return std::count_if(findings.begin(), findings.end(), [path](const Finding &finding) {
            return finding.path == QLatin1String(path)
                && finding.rule == QLatin1String("duplicate-offer-line");
        });
    };
    EXPECT_EQ(repeats("offerLines[256]"), 1);
    EXPECT_EQ(repeats("offerLines[255]"), 0);
    EXPECT_EQ(repeats("offerLines[511]"), 1);
    EXPECT_EQ(repeats("offerLines[1026]"), 0);
}

// However the rows are cut into steps, the steps run in order find what the walk finds.
TEST(ValidationParts, walkStepsOfAnySizeFindWhatTheWalkFinds)
{
    const QJsonObject record = seededRecord();
    const auto scope = validation::Scope::all();
    validation::Context whole { record, ExportMode::Update, {} };
    validation::walkRecord(whole, scope);
    ASSERT_FALSE(whole.findings.isEmpty());
    for (const qsizetype rowsPerStep : { qsizetype(1), qsizetype(7), qsizetype(256) }) {
        validation::Context stepped { record, ExportMode::Update, {} };
        const auto steps = validation::walkSteps(record, scope, rowsPerStep);
        EXPECT_GT(steps.size(), 3000 / rowsPerStep);
        for (const validation::WalkStep &step : steps)
            step(stepped);
        expectSameFindings(stepped.findings, whole.findings);
    }
}

// The rough key the walk notes for a row is the one the rule computes from the row itself.
TEST(ValidationParts, theWalkNotesEachRowsOwnRoughKey)
{
    const QJsonObject record = seededRecord();
    validation::RoughKeyNotes notes(record);
    validation::Context context { record, ExportMode::Update, {}, &notes };
    validation::walkRecord(context, validation::Scope::all());
    for (const validation::DuplicateRule &rule : validation::duplicateRules()) {
        const QJsonArray rows = record.value(rule.section).toArray();
        const auto *noted = notes.of(rule.section);
        ASSERT_NE(noted, nullptr);
        ASSERT_EQ(qsizetype(noted->size()), rows.size());
        qsizetype keyed = 0;
        for (qsizetype row = 0; row < rows.size(); ++row) {
            const std::optional<size_t> expected = validation::roughKeyOf(rule, rows.at(row));
            EXPECT_EQ(noted->at(size_t(row)), expected) << rule.section.toStdString() << row;
            keyed += expected ? 1 : 0;
        }
        EXPECT_GT(keyed, 0);
    }
}

// The walk reads a text value once for the blank check, its kind's rule and the row's rough
// key: a text of white space alone (any Unicode space) is blank everywhere, as trimmed()
// says, and a text with anything else in it is not.
TEST(ValidationParts, aTextReadOnceIsBlankExactlyWhenItTrimsToNothing)
{
    const QStringList texts { QString(),
                              QStringLiteral(" "),
                              QStringLiteral("\t\n\r "),
                              QString(QChar(0x00A0)),
                              QString(QChar(0x2003)) + QChar(0x3000) + QChar(0x0085),
                              QStringLiteral(" x "),
                              QStringLiteral("x"),
                              QString(QChar(0x00A0)) + QStringLiteral("0") };
    for (const QString &text : texts) {
        const bool blank = text.trimmed().isEmpty();
        EXPECT_EQ(validation::isBlank(QJsonValue(text)), blank) << text.toStdString();
        const validation::FieldValue value { QJsonValue(text) };
        EXPECT_EQ(value.text(), text);
        EXPECT_EQ(validation::isBlank(value), blank) << text.toStdString();
        EXPECT_EQ(value.text(), text); // the text kept is the value's own
    }
    EXPECT_TRUE(validation::isBlank(validation::FieldValue()));
    EXPECT_TRUE(validation::isBlank(validation::FieldValue(QJsonValue())));
    EXPECT_FALSE(validation::isBlank(validation::FieldValue(QJsonValue(0))));

    QJsonArray lines;
    for (const QString &text : texts)
        lines.append(QJsonObject { { QStringLiteral("offerNameId"), text },
                                   { QStringLiteral("revenueType"), QStringLiteral("UPFRONT") },
                                   { QStringLiteral("amount"), 10 } });
    const QJsonObject record { { QStringLiteral("offerLines"), lines } };
    validation::RoughKeyNotes notes(record);
    validation::Context context { record, ExportMode::Update, {}, &notes };
    validation::walkRecord(context, validation::Scope::all());
    const validation::DuplicateRule *rule
        = validation::duplicateRuleOf(QStringLiteral("offerLines"));
    for (qsizetype row = 0; row < texts.size(); ++row) {
        const bool blank = texts.at(row).trimmed().isEmpty();
        const QString path = QStringLiteral("offerLines[%1].offerNameId").arg(row);
        const bool missed = std::any_of(
            context.findings.cbegin(), context.findings.cend(), [&](const Finding &finding) {
                return finding.path == path && finding.rule == u"required";
            });
        EXPECT_EQ(missed, blank) << row;
        EXPECT_EQ(notes.of(rule->section)->at(size_t(row)).has_value(), !blank) << row;
        EXPECT_EQ(notes.of(rule->section)->at(size_t(row)),
                  validation::roughKeyOf(*rule, lines.at(row)));
    }
}

// A validation shared with the thread that waits for it (the window's, once its tabs are
// built) finds what one sequential run finds, whether a second thread takes part from the
// start, comes late, or never; the text check is walked unless the reader vouched for it.
TEST(ValidationParts, aSharedValidationFindsWhatOneRunFindsHoweverThreadsTakePart)
{
    QJsonObject record = seededRecord();
    QJsonObject lead = record.value(QLatin1String("leadOpportunity")).toObject();
    lead.insert(QStringLiteral("description"), withNul("inside"));
    record.insert(QStringLiteral("leadOpportunity"), lead);
    record.insert(QStringLiteral("dsLeadOpportunityId"), QJsonArray { 1 }); // the first part's
    for (const ExportMode mode : { ExportMode::Update, ExportMode::Create }) {
        const QList<Finding> reference = sequentialReference(record, mode);
        ASSERT_TRUE(rulesOf(reference).contains(QLatin1String("nul-character")));
        ASSERT_TRUE(std::any_of(reference.begin(), reference.end(), [](const Finding &finding) {
            return finding.path == u"dsLeadOpportunityId";
        }));
        {
            SharedValidation alone(record, mode);
            alone.takeParts();
            expectSameFindings(alone.finish(), reference);
        }
        SharedValidation shared(record, mode);
        std::thread second([&shared] { shared.takeParts(); });
        shared.takeParts();
        second.join();
        expectSameFindings(shared.finish(), reference);
        SharedValidation late(record, mode);
        late.takeParts();
        std::thread(&SharedValidation::takeParts, &late).join(); // nothing left to take
        expectSameFindings(late.finish(), reference);
    }
}

TEST(ValidationParts, aSharedValidationSkipsTheTextCheckOnlyForTheRecordVouchedFor)
{
    QJsonObject record = seededRecord();
    record.insert(QStringLiteral("note"), withNul("inside"));
    const QList<Finding> reference = sequentialReference(record, ExportMode::Update);
    const auto vouched = CleanTextProof::vouchFor(record);
    SharedValidation trusted(record, ExportMode::Update, vouched);
    trusted.takeParts();
    const QList<Finding> findings = trusted.finish();
    EXPECT_FALSE(rulesOf(findings).contains(QLatin1String("nul-character")));
    EXPECT_EQ(findings.size(), reference.size() - 1);
    QJsonObject edited = record;
    edited.insert(QStringLiteral("note"), withNul("still inside"));
    SharedValidation walked(edited, ExportMode::Update, vouched);
    walked.takeParts();
    EXPECT_TRUE(rulesOf(walked.finish()).contains(QLatin1String("nul-character")));
}
