// The generic binder: widgets declare their field by "fieldPath", get the right editor
// behaviour for its kind, show odd stored values without losing them, and write edits as
// undoable session commands.
#include "core/document/document.h"
#include "testsupport.h"
#include "ui/binding/formbinder.h"
#include "ui/models/sectiontablemodel.h"
#include "ui/session/editsession.h"
#include "ui/tables/sectiondelegate.h"
#include "ui/widgets/datefield.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QCompleter>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QValidator>
#include <gtest/gtest.h>

using namespace leadopp;

namespace {

core::FieldPath path(const char *text)
{
    return core::FieldPath::parse(QString::fromLatin1(text));
}

template<typename W> W *addEditor(QWidget *form, const char *fieldPath)
{
    auto *editor = new W(form);
    editor->setProperty(ui::FormBinder::kPathProperty, QLatin1String(fieldPath));
    form->layout()->addWidget(editor);
    return editor;
}

class BinderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QJsonObject record;
        record.insert(
            QStringLiteral("leadOpportunity"),
            QJsonObject { { QStringLiteral("closeDate"), QStringLiteral("date") },
                          { QStringLiteral("status"), QStringLiteral("MAYBE") },
                          { QStringLiteral("name"), QStringLiteral("Pilot") },
                          { QStringLiteral("reasonLost"),
                            QJsonArray { QStringLiteral("FUNC_GAP"), QStringLiteral("odd") } } });
        core::Draft draft;
        draft.record = record;
        document.setDraft(draft);
        new QVBoxLayout(&form);
        name = addEditor<QLineEdit>(&form, "leadOpportunity.name");
        email = addEditor<QLineEdit>(&form, "leadOpportunity.dsOwnerEmail");
        currency = addEditor<QLineEdit>(&form, "leadOpportunity.currency");
        status = addEditor<QComboBox>(&form, "leadOpportunity.status");
        closeDate = addEditor<ui::DateField>(&form, "leadOpportunity.closeDate");
        reasons = addEditor<QListWidget>(&form, "leadOpportunity.reasonLost");
        label = new QLabel(QStringLiteral("x"), &form);
        label->setBuddy(name);
        binder = std::make_unique<ui::FormBinder>(&session, &form);
    }

    core::Document document;
    ui::EditSession session { &document };
    QWidget form;
    QLineEdit *name = nullptr;
    QLineEdit *email = nullptr;
    QLineEdit *currency = nullptr;
    QComboBox *status = nullptr;
    ui::DateField *closeDate = nullptr;
    QListWidget *reasons = nullptr;
    QLabel *label = nullptr;
    std::unique_ptr<ui::FormBinder> binder;
};

} // namespace

TEST_F(BinderTest, bindsEveryDeclaredEditorInFormOrder)
{
    ASSERT_EQ(binder->editors().size(), 6);
    EXPECT_EQ(binder->editors().first(), name);
    EXPECT_EQ(binder->editorFor(path("leadOpportunity.reasonLost[1]")), reasons);
    EXPECT_EQ(binder->labelFor(name), label);
    EXPECT_TRUE(label->text().startsWith(QStringLiteral("Name")));
}

TEST_F(BinderTest, oddStoredValuesStayVisible)
{
    EXPECT_EQ(name->text(), QStringLiteral("Pilot"));
    EXPECT_EQ(status->currentText(), QStringLiteral("MAYBE"));
    EXPECT_TRUE(closeDate->isBlank());
    EXPECT_EQ(closeDate->text(), QStringLiteral("date"));
    ASSERT_GT(reasons->count(), 2);
    EXPECT_EQ(reasons->item(0)->text(), QStringLiteral("odd"));
    EXPECT_EQ(reasons->item(0)->checkState(), Qt::Checked);
    // Nothing was written by merely showing them.
    EXPECT_EQ(session.undoStack()->count(), 0);
}

// No key is refused in silence: an invalid e-mail is typed, stored and flagged.
TEST_F(BinderTest, kindsGetCompletersAndNoKeyRefusingValidator)
{
    EXPECT_EQ(email->validator(), nullptr);
    EXPECT_EQ(currency->validator(), nullptr);
    ASSERT_NE(currency->completer(), nullptr);
    EXPECT_TRUE(currency->completer()
                    ->model()
                    ->match(currency->completer()->model()->index(0, 0), Qt::DisplayRole,
                            QStringLiteral("EUR"))
                    .size()
                == 1);
}

TEST_F(BinderTest, typingWritesOneUndoStepAndUndoRestoresTheWidget)
{
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" 2"));
    EXPECT_EQ(document.value(path("leadOpportunity.name")).toString(), QStringLiteral("Pilot 2"));
    EXPECT_EQ(session.undoStack()->count(), 1);
    session.undoStack()->undo();
    EXPECT_EQ(name->text(), QStringLiteral("Pilot"));
}

TEST_F(BinderTest, comboAndListEditsStoreValues_unknownKeptUntilChanged)
{
    status->setCurrentIndex(status->findData(QStringLiteral("WON"), Qt::ToolTipRole));
    Q_EMIT status->activated(status->currentIndex());
    EXPECT_EQ(document.value(path("leadOpportunity.status")).toString(), QStringLiteral("WON"));
    reasons->findItems(QStringLiteral("Lack of references"), Qt::MatchExactly)
        .first()
        ->setCheckState(Qt::Checked);
    const QJsonArray stored = document.value(path("leadOpportunity.reasonLost")).toArray();
    EXPECT_TRUE(stored.contains(QStringLiteral("odd")));
    EXPECT_TRUE(stored.contains(QStringLiteral("LACK_OF_REF")));
    EXPECT_TRUE(stored.contains(QStringLiteral("FUNC_GAP")));
}

TEST_F(BinderTest, dateClearRemovesTheMember_andPickStoresIsoUtc)
{
    closeDate->clearValue();
    EXPECT_TRUE(document.value(path("leadOpportunity.closeDate")).isUndefined());
    closeDate->pickDate(QDate(2025, 9, 30));
    EXPECT_EQ(document.value(path("leadOpportunity.closeDate")).toString(),
              QStringLiteral("2025-09-30T00:00:00.000Z"));
    session.undoStack()->undo();
    session.undoStack()->undo();
    EXPECT_EQ(closeDate->text(), QStringLiteral("date"));
}

TEST_F(BinderTest, enumItemsShowLabels_codeInTooltip_storedValueStaysTheCode)
{
    const int open = status->findText(QStringLiteral("Open opportunity"));
    ASSERT_GT(open, 0);
    EXPECT_EQ(status->itemData(open, Qt::ToolTipRole).toString(), QStringLiteral("OPPY_OPEN"));
    status->setCurrentIndex(open);
    Q_EMIT status->activated(open);
    EXPECT_EQ(document.value(path("leadOpportunity.status")).toString(),
              QStringLiteral("OPPY_OPEN"));

    const QList<QListWidgetItem *> gap
        = reasons->findItems(QStringLiteral("Functional gap"), Qt::MatchExactly);
    ASSERT_EQ(gap.size(), 1);
    EXPECT_EQ(gap.first()->toolTip(), QStringLiteral("FUNC_GAP"));
    EXPECT_EQ(gap.first()->checkState(), Qt::Checked);
    EXPECT_TRUE(reasons->findItems(QStringLiteral("FUNC_GAP"), Qt::MatchExactly).isEmpty());
    gap.first()->setCheckState(Qt::Unchecked);
    EXPECT_EQ(document.value(path("leadOpportunity.reasonLost")).toArray(),
              QJsonArray { QStringLiteral("odd") });
}

TEST(SectionDelegateLabels, revenueTypeCellShowsLabel_unknownAsIs_editorStoresTheCode)
{
    core::Document document;
    core::Draft draft;
    draft.record.insert(
        QStringLiteral("offerLines"),
        QJsonArray { QJsonObject { { QStringLiteral("revenueType"), QStringLiteral("UPFRONT") } },
                     QJsonObject { { QStringLiteral("revenueType"), QStringLiteral("RENTAL") } } });
    document.setDraft(draft);
    ui::EditSession session(&document);
    ui::SectionTableModel model(&session, core::Section::OfferLines);
    ui::SectionDelegate delegate;
    const int column = model.columnOf(QStringLiteral("revenueType"));
    ASSERT_GE(column, 0);

    QStyleOptionViewItem option;
    delegate.initStyleOption(&option, model.index(0, column));
    EXPECT_EQ(option.text, QStringLiteral("Upfront"));
    QStyleOptionViewItem unknown;
    delegate.initStyleOption(&unknown, model.index(1, column));
    EXPECT_EQ(unknown.text, QStringLiteral("RENTAL"));

    QWidget parent;
    std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, option, model.index(1, column)));
    auto *combo = qobject_cast<QComboBox *>(editor.get());
    ASSERT_NE(combo, nullptr);
    delegate.setEditorData(combo, model.index(0, column));
    EXPECT_EQ(combo->currentText(), QStringLiteral("Upfront"));
    combo->setCurrentIndex(combo->findText(QStringLiteral("Rental booking")));
    delegate.setModelData(combo, &model, model.index(1, column));
    EXPECT_EQ(document.value(path("offerLines[1].revenueType")).toString(),
              QStringLiteral("RENTAL_BOOKING"));
}
