// Keyboard only, from a file or Ctrl+N to a record the in-process sandbox accepts: F8 to
// each problem, the new value typed, Ctrl+Return; every key counted and printed.
#include "core/document/document.h"
#include "sandboxwindow.h"
#include "ui/submit/submitcontroller.h"
#include "windowdriver.h"

#include <QAbstractItemView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <functional>
#include <iostream>
#include <map>

using namespace leadopp;
using test::press;
using test::type;

namespace {

/// What the rep does on a problem F8 reached: the characters typed (counted as values)
/// and any further keys (counted against the per-error allowance).
struct Fix {
    QString value;
    std::function<void(QWidget *)> extra = {}; ///< after the value
    std::function<void(QWidget *)> first = {}; ///< before the value
};

void addRow(QWidget *window)
{
    press(window, Qt::Key_Insert, Qt::ControlModifier);
}

class Keystrokes : public test::SandboxWindowTest
{
protected:
    ui::DocumentView *view() { return window->currentView(); }

    /// The field or cell the focus is on, as a path; empty when none.
    static QString focusedPath()
    {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            return {};
        const QString own = focus->property("fieldPath").toString();
        if (!own.isEmpty())
            return own;
        // A table without rows has no cell to be on: it is named by itself.
        if (auto *table = qobject_cast<QAbstractItemView *>(focus))
            return table->currentIndex().isValid()
                ? table->currentIndex().data(ui::SectionTableModel::PathRole).toString()
                : table->objectName();
        return focus->objectName();
    }

    /// Presses F8 and applies the fix for wherever it lands until every fix is applied.
    /// Returns the number of problems fixed; a landing without a fix ends the walk.
    int fixAll(const std::map<QString, Fix> &fixes, int *valueKeys, QStringList *unexpected)
    {
        QSet<QString> done;
        for (int presses = 0; presses < 3 * int(fixes.size()) + 5; ++presses) {
            if (done.size() == int(fixes.size()))
                break;
            press(window.get(), Qt::Key_F8);
            const QString at = focusedPath();
            const auto fix = fixes.find(at);
            if (fix == fixes.end() || done.contains(at)) {
                unexpected->append(at.isEmpty() ? QStringLiteral("(none)") : at);
                continue;
            }
            if (fix->second.first)
                fix->second.first(window.get());
            type(window.get(), fix->second.value);
            *valueKeys += int(fix->second.value.size());
            if (fix->second.extra)
                fix->second.extra(window.get());
            done.insert(at);
        }
        return int(done.size());
    }

    bool submit()
    {
        QSignalSpy finished(window->submitController(), &ui::SubmitController::submitFinished);
        press(window.get(), Qt::Key_Return, Qt::ControlModifier);
        return finished.wait(10000);
    }

    QJsonObject sentBody()
    {
        return QJsonDocument::fromJson(view()->document()->draft().submissions.last().requestBody)
            .object();
    }
};

} // namespace

// (b) A minimal new lead: Ctrl+N, each required field reached with F8 and typed, then
// Ctrl+Return. At most the data characters plus 2 keys a field plus 1.
TEST_F(Keystrokes, minimalNewLeadFromCtrlNToAccepted)
{
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    test::keystrokes() = 0;
    press(window.get(), Qt::Key_N, Qt::ControlModifier);
    const std::map<QString, Fix> fixes = {
        { QStringLiteral("partnerId"), { QStringLiteral("200000000014442") } },
        { QStringLiteral("leadOpportunity.partnerLeadOpportunityId"), { QStringLiteral("CRM-1") } },
        { QStringLiteral("leadOpportunity.name"), { QStringLiteral("Pilot") } },
        { QStringLiteral("leadOpportunity.status"), { QStringLiteral("Q") } }, // Qualified
        { QStringLiteral("leadOpportunity.closeDate"), { QStringLiteral("2025-12-31") } },
        { QStringLiteral("leadOpportunity.currency"), { QStringLiteral("EUR") } },
        // "at least one offer line": F8 reaches the empty table, Ctrl+Insert adds the row.
        { QStringLiteral("offerLinesTable"), { QStringLiteral("CATIA_X"), {}, addRow } },
        { QStringLiteral("customerLegalEntity.name"), { QStringLiteral("Acme") } },
        { QStringLiteral("customerLegalEntity.city"), { QStringLiteral("Ulm") } },
        { QStringLiteral("customerLegalEntity.country"), { QStringLiteral("Germany") } },
    };
    int valueKeys = 0;
    QStringList unexpected;
    const int fixed = fixAll(fixes, &valueKeys, &unexpected);
    EXPECT_EQ(fixed, int(fixes.size())) << unexpected.join(u' ').toStdString();
    ASSERT_TRUE(submit());
    const int keys = test::keystrokes();
    std::cout << "[ keystrokes ] minimal new lead: " << keys << " (values " << valueKeys
              << ", fields " << fixes.size() << ")" << std::endl;
    const core::Draft &draft = view()->document()->draft();
    ASSERT_FALSE(draft.submissions.isEmpty());
    EXPECT_EQ(draft.submissions.last().status, 201)
        << window->submitController()->lastMessage().toStdString() << "\n"
        << draft.submissions.last().responseBody.toStdString();
    EXPECT_LE(keys, valueKeys + 2 * int(fixes.size()) + 1);
}

namespace {

const QString kSeed400 = QStringLiteral(
    "contract/"
    "updateLeadOpportunitiesDetails-response-400-400_leadsOpportunitiesCreateResponse.json");

// A multi-value list F8 reached on its placeholder entry: Space unticks it.
void untick(QWidget *window)
{
    press(window, Qt::Key_Space);
}

QJsonObject expectedSeedBody()
{
    return QJsonDocument::fromJson(R"({
        "customerContacts": [{"email": "robert.johnson@customer.com", "firstName": "robert",
            "jobTitle": "R&D Director", "lastName": "Johnson", "phoneNumber": "(555) 555-1234",
            "salutation": "Mr"}],
        "customerLegalEntity": {"addressLine1": "Hafen 1", "addressLine2": "Hall 2",
            "city": "Bremen", "country": "Germany", "dunsNumber": "123456789", "id": "S-1",
            "name": "Kessler GmbH", "registrationId": "HRB 1", "statePrefecture": "HB",
            "vatNumber": "DE287654321", "websiteUrl": "https://kessler.example",
            "zipCode": "28217"},
        "leadOpportunity": {"closeDate": "2025-09-30T00:00:00.000Z",
            "cometCampaignCode": "OC2DE17", "competitors": ["Siemens"], "currency": "EUR",
            "description": "Retrofit", "dsOwnerEmail": "anna.keller@3ds.com",
            "forecastCategory": "UPSIDE", "gtmTacticId": "GTM-1", "name": "Kessler retrofit",
            "nextMilestone": "Workshop", "nextMilestoneDate": "2025-07-08T00:00:00.000Z",
            "partnerLeadOpportunityId": "CRM-LEAD-1234", "reasonWonLostComment": "none",
            "status": "QUALIFIED"},
        "offerLines": [{"amount": 1000, "offerNameId": "CATIA_X", "revenueType": "UPFRONT"}],
        "partnerContacts": [{"salesRepEmail": "john.doe@partner.com",
            "salesRepFirstName": "john", "salesRepLastName": "Doe"}]
    })")
        .object();
}

} // namespace

// (a) The API's own example 400: every problem fixed with F8 and typing (its 3DS id
// placeholder replaced by a real one), Ctrl+Return to the sandbox until accepted. At most
// 2 keys a problem beyond the characters of the new values, plus 1 to submit.
TEST_F(Keystrokes, seed400FixedAndAccepted)
{
    test::openAndShow(*window, kSeed400);
    const std::map<QString, Fix> fixes = {
        { QStringLiteral("dsLeadOpportunityId"), { QStringLiteral("XJSR-DZMFFT") } },
        { QStringLiteral("leadOpportunity.partnerLeadOpportunityId"),
          { QStringLiteral("CRM-LEAD-1234") } },
        { QStringLiteral("leadOpportunity.name"), { QStringLiteral("Kessler retrofit") } },
        { QStringLiteral("leadOpportunity.dsOwnerEmail"),
          { QStringLiteral("anna.keller@3ds.com") } },
        { QStringLiteral("leadOpportunity.status"), { QStringLiteral("Q") } }, // Qualified
        { QStringLiteral("leadOpportunity.forecastCategory"), { QStringLiteral("U") } }, // Upside
        { QStringLiteral("leadOpportunity.closeDate"), { QStringLiteral("2025-09-30") } },
        { QStringLiteral("leadOpportunity.currency"), { QStringLiteral("EUR") } },
        { QStringLiteral("leadOpportunity.nextMilestone"), { QStringLiteral("Workshop") } },
        { QStringLiteral("leadOpportunity.nextMilestoneDate"), { QStringLiteral("2025-07-08") } },
        { QStringLiteral("leadOpportunity.reasonWon"), { QString(), untick } },
        { QStringLiteral("leadOpportunity.reasonLost"), { QString(), untick } },
        { QStringLiteral("leadOpportunity.reasonWonLostComment"), { QStringLiteral("none") } },
        { QStringLiteral("leadOpportunity.competitors"), { QStringLiteral("Siemens") } },
        { QStringLiteral("leadOpportunity.cometCampaignCode"), { QStringLiteral("OC2DE17") } },
        { QStringLiteral("leadOpportunity.gtmTacticId"), { QStringLiteral("GTM-1") } },
        { QStringLiteral("leadOpportunity.description"), { QStringLiteral("Retrofit") } },
        { QStringLiteral("offerLines[0].offerNameId"), { QStringLiteral("CATIA_X") } },
        { QStringLiteral("offerLines[0].amount"), { QStringLiteral("1000") } },
        { QStringLiteral("offerLines[0].revenueType"), { QStringLiteral("U") } }, // Upfront
        { QStringLiteral("customerLegalEntity.name"), { QStringLiteral("Kessler GmbH") } },
        { QStringLiteral("customerLegalEntity.id"), { QStringLiteral("S-1") } },
        { QStringLiteral("customerLegalEntity.dunsNumber"), { QStringLiteral("123456789") } },
        { QStringLiteral("customerLegalEntity.vatNumber"), { QStringLiteral("DE287654321") } },
        { QStringLiteral("customerLegalEntity.registrationId"), { QStringLiteral("HRB 1") } },
        { QStringLiteral("customerLegalEntity.addressLine1"), { QStringLiteral("Hafen 1") } },
        { QStringLiteral("customerLegalEntity.addressLine2"), { QStringLiteral("Hall 2") } },
        { QStringLiteral("customerLegalEntity.zipCode"), { QStringLiteral("28217") } },
        { QStringLiteral("customerLegalEntity.city"), { QStringLiteral("Bremen") } },
        { QStringLiteral("customerLegalEntity.statePrefecture"), { QStringLiteral("HB") } },
        { QStringLiteral("customerLegalEntity.country"), { QStringLiteral("Germany") } },
        { QStringLiteral("customerLegalEntity.websiteUrl"),
          { QStringLiteral("https://kessler.example") } },
    };
    test::keystrokes() = 0;
    int valueKeys = 0;
    QStringList unexpected;
    const int fixed = fixAll(fixes, &valueKeys, &unexpected);
    EXPECT_EQ(fixed, int(fixes.size()))
        << "F8 also stopped at: " << unexpected.join(u' ').toStdString();
    ASSERT_TRUE(submit());
    const int keys = test::keystrokes();
    std::cout << "[ keystrokes ] seed 400: " << keys << " (values " << valueKeys << ", problems "
              << fixes.size() << ")" << std::endl;
    const core::Draft &draft = view()->document()->draft();
    EXPECT_EQ(draft.submissions.last().status, 200)
        << window->submitController()->lastMessage().toStdString() << "\n"
        << draft.submissions.last().responseBody.toStdString();
    EXPECT_EQ(draft.submissions.last().url.section(u'/', -1), QStringLiteral("XJSR-DZMFFT"));
    EXPECT_EQ(sentBody(), expectedSeedBody()) << draft.submissions.last().requestBody.toStdString();
    EXPECT_LE(keys, valueKeys + 2 * int(fixes.size()) + 1);
}
