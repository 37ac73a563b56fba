// A few hundred random steps through the real window (typing into fields and cells, F8,
// row commands, undo, redo, tab switches) against a plain reference model of the record.
// After every step the document equals the model, and the editor's problems equal what
// core::validateRecord (and so `leadopp validate`) reports for it.
#include "core/document/recorddiff.h"
#include "core/validation/validator.h"
#include "windowdriver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QUndoStack>
#include <algorithm>
#include <random>

using namespace leadopp;
using test::press;
using test::type;

namespace {

const char *const kTextFields[] = {
    "leadOpportunity.name",        "leadOpportunity.nextMilestone",
    "leadOpportunity.currency",    "leadOpportunity.cometCampaignCode",
    "customerLegalEntity.name",    "customerLegalEntity.city",
    "customerLegalEntity.zipCode", "customerLegalEntity.vatNumber",
    "customerLegalEntity.country", "leadOpportunity.partnerLeadOpportunityId",
};
const char *const kDateFields[]
    = { "leadOpportunity.closeDate", "leadOpportunity.nextMilestoneDate" };
const char *const kTexts[]
    = { "Alpha", "  Beta  ", "de 287 654 321", "eur", "Germ", "x y", "12400", "" };
const char *const kDates[] = { "2025-09-30", "2026-01-15 08:30", "soon", "" };
const char *const kCells[] = { "offerNameId", "amount", "email", "firstName", "lastName" };

// What the editor is expected to store for typed text, written out independently of the
// editor's own code: trimmed, blank removes, VAT without separators in upper case,
// currency in upper case, amounts as numbers when they are.
QJsonValue expectedStored(const QString &member, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    if (member == QLatin1String("vatNumber"))
        return trimmed.toUpper().remove(QRegularExpression(QStringLiteral("[\\s.\\-]")));
    if (member == QLatin1String("currency"))
        return trimmed.toUpper();
    bool number = false;
    const double value = trimmed.toDouble(&number);
    if (member == QLatin1String("amount") && number)
        return value;
    return trimmed;
}

QJsonValue expectedDate(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    if (text == QLatin1String("2025-09-30"))
        return QStringLiteral("2025-09-30T00:00:00.000Z");
    if (text == QLatin1String("2026-01-15 08:30"))
        return QStringLiteral("2026-01-15T08:30:00.000Z");
    return text;
}

void setMember(QJsonObject &record, const QString &path, const QJsonValue &value)
{
    const int dot = int(path.indexOf(u'.'));
    QJsonObject section = record.value(path.left(dot)).toObject();
    if (value.isUndefined())
        section.remove(path.mid(dot + 1));
    else
        section.insert(path.mid(dot + 1), value);
    record.insert(path.left(dot), section);
}

/// The record as a plain value plus an undo history with QUndoStack's rules: an edit of
/// the same field as the step below merges into it (and vanishes when it comes back to
/// where that step began); anything else is a step of its own; no change, no step.
class ReferenceModel
{
public:
    explicit ReferenceModel(const QJsonObject &record) : m_states { record } { }

    const QJsonObject &record() const { return m_states.at(m_index); }

    enum class Step { Typing, Commit, RowCommand };
    /// Typing into `editedPath` merges with typing into it just before; a committed value
    /// (a date, a cell) is a step of its own; a row command is a step even when it changes
    /// no value (two equal rows swapped), since rows have identity.
    void apply(const QJsonObject &next, Step kind, const QString &editedPath = QString())
    {
        if (next == record() && kind != Step::RowCommand)
            return;
        m_states.resize(m_index + 1);
        m_paths.resize(m_index);
        const bool merges
            = !editedPath.isEmpty() && m_index > 0 && m_paths.at(m_index - 1) == editedPath;
        if (merges) {
            m_states[m_index] = next;
            if (next == m_states.at(m_index - 1)) {
                m_states.removeLast();
                m_paths.removeLast();
                --m_index;
            }
            return;
        }
        m_states.append(next);
        m_paths.append(kind == Step::Typing ? editedPath : QString());
        ++m_index;
    }
    /// Typing pushes as soon as one keystroke changes the value, and a push drops what
    /// could be redone, even when the typing ends where it began.
    void dropRedo()
    {
        m_states.resize(m_index + 1);
        m_paths.resize(m_index);
    }
    void undo() { m_index = std::max(0, m_index - 1); }
    void redo() { m_index = std::min(int(m_states.size()) - 1, m_index + 1); }

private:
    QList<QJsonObject> m_states;
    QList<QString> m_paths; ///< the field each step edited; empty for row commands
    int m_index = 0;
};

class RandomWalk
{
public:
    RandomWalk(ui::MainWindow &window, unsigned seed)
        : m_window(window), m_random(seed), m_model(record())
    { }

    void step()
    {
        m_last = QStringLiteral("(nothing to do)");
        switch (pick(10)) {
        case 0:
        case 1:
            return typeIntoField();
        case 2:
            return typeIntoDate();
        case 3:
        case 4:
            return typeIntoCell();
        case 5:
            return rowCommand();
        case 6:
            m_last = QStringLiteral("Ctrl+Z");
            press(&m_window, Qt::Key_Z, Qt::ControlModifier);
            return m_model.undo();
        case 7:
            m_last = QStringLiteral("Ctrl+Shift+Z");
            press(&m_window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            return m_model.redo();
        case 8:
            m_last = QStringLiteral("F8 or Shift+F8");
            return press(&m_window, Qt::Key_F8, pick(2) ? Qt::ShiftModifier : Qt::NoModifier);
        default:
            m_last = QStringLiteral("section tab");
            return view()->sectionTabs()->setCurrentIndex(pick(5));
        }
    }

    QJsonObject record() const { return view()->document()->record(); }
    const ReferenceModel &model() const { return m_model; }
    /// The last steps, oldest first, for a failure message.
    QString last() const { return m_history.join(QStringLiteral("\n  ")); }
    void note()
    {
        m_history.append(m_last);
        if (m_history.size() > 8)
            m_history.removeFirst();
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    ui::DocumentView *view() const { return m_window.currentView(); }
    QLineEdit *editor(const char *path) const
    {
        return view()->findChild<QLineEdit *>(QString::fromLatin1(path).replace(u'.', u'_'));
    }

    void focusField(const char *path)
    {
        view()->sectionTabs()->setCurrentIndex(QByteArray(path).startsWith("customer") ? 2 : 0);
        editor(path)->setFocus(Qt::TabFocusReason);
        press(&m_window, Qt::Key_A, Qt::ControlModifier);
    }

    void typeIntoField()
    {
        const char *path = kTextFields[pick(int(std::size(kTextFields)))];
        const QString text = QString::fromLatin1(kTexts[pick(int(std::size(kTexts)))]);
        m_last = QStringLiteral("type '%1' into %2, Tab").arg(text, QLatin1String(path));
        focusField(path);
        if (text.isEmpty())
            press(&m_window, Qt::Key_Delete);
        type(&m_window, text);
        press(&m_window, Qt::Key_Tab);
        QJsonObject next = m_model.record();
        const QString member = QString::fromLatin1(path).section(u'.', 1);
        const QJsonValue before
            = next.value(QString::fromLatin1(path).section(u'.', 0, 0)).toObject().value(member);
        // Each keystroke stores (text fields are stored as they are typed).
        for (qsizetype typed = text.isEmpty() ? 0 : 1; typed <= text.size(); ++typed) {
            if (expectedStored(member, text.left(typed)) != before)
                m_model.dropRedo();
        }
        setMember(next, QString::fromLatin1(path), expectedStored(member, text));
        m_model.apply(next, ReferenceModel::Step::Typing, QString::fromLatin1(path));
    }

    void typeIntoDate()
    {
        const char *path = kDateFields[pick(2)];
        const QString text = QString::fromLatin1(kDates[pick(int(std::size(kDates)))]);
        m_last = QStringLiteral("type '%1' into %2, Enter").arg(text, QLatin1String(path));
        focusField(path);
        if (text.isEmpty())
            press(&m_window, Qt::Key_Delete);
        type(&m_window, text);
        press(&m_window, Qt::Key_Return);
        QJsonObject next = m_model.record();
        setMember(next, QString::fromLatin1(path), expectedDate(text));
        m_model.apply(next, ReferenceModel::Step::Commit);
    }

    // A random row of a random table section, reached with the arrow keys.
    ui::SectionTableWidget *goToRow(int *row, int column = 0)
    {
        const core::Section sections[]
            = { core::Section::OfferLines, core::Section::CustomerContacts };
        ui::SectionTableWidget *table = view()->table(sections[pick(2)]);
        view()->sectionTabs()->setCurrentWidget(table);
        table->view()->setFocus(Qt::TabFocusReason);
        const int rows = table->model()->rowCount();
        if (rows == 0)
            return table;
        *row = pick(rows);
        table->view()->setCurrentIndex(table->viewIndex(*row, std::max(0, column)));
        return table;
    }

    void typeIntoCell()
    {
        int row = -1;
        const QString member = QString::fromLatin1(kCells[pick(int(std::size(kCells)))]);
        ui::SectionTableWidget *table = goToRow(&row);
        const int column = table->model()->columnOf(member);
        if (row < 0 || column < 0)
            return;
        table->view()->setCurrentIndex(table->viewIndex(row, column));
        const QString text = QString::fromLatin1(kTexts[pick(int(std::size(kTexts)) - 1)]);
        m_last = QStringLiteral("type '%1' into row %2 %3, Enter").arg(text).arg(row).arg(member);
        type(&m_window, text);
        press(&m_window, Qt::Key_Return);
        const QString key = table->model()
                                ->pathForIndex(table->model()->index(row, column))
                                .toString()
                                .section(u'[', 0, 0);
        QJsonObject next = m_model.record();
        QJsonArray rows = next.value(key).toArray();
        QJsonObject item = rows.at(row).toObject();
        const QJsonValue stored = expectedStored(member, text);
        if (stored.isUndefined())
            item.remove(member);
        else
            item.insert(member, stored);
        rows.replace(row, item);
        next.insert(key, rows);
        m_model.apply(next, ReferenceModel::Step::Commit);
    }

    void rowCommand()
    {
        int row = -1;
        ui::SectionTableWidget *table = goToRow(&row);
        const QString key = core::FieldCatalogue::section(table->section())->key;
        QJsonObject next = m_model.record();
        QJsonArray rows = next.value(key).toArray();
        const int command = pick(5);
        m_last = QStringLiteral("row command %1 on %2[%3]").arg(command).arg(key).arg(row);
        if ((row < 0 && command != 0) || (command == 3 && row == 0)
            || (command == 4 && row + 1 >= rows.size()))
            return; // nothing to do: the key is not pressed
        if (command == 0) {
            press(&m_window, Qt::Key_Insert, Qt::ControlModifier);
            rows.insert(row < 0 ? rows.size() : row + 1, QJsonObject());
        } else if (command == 1) {
            press(&m_window, Qt::Key_D, Qt::ControlModifier);
            rows.insert(row + 1, rows.at(row));
        } else if (command == 2) {
            press(&m_window, Qt::Key_Delete, Qt::ControlModifier);
            rows.removeAt(row);
        } else if (command == 3 && row > 0) {
            press(&m_window, Qt::Key_Up, Qt::AltModifier);
            rows.insert(row - 1, rows.takeAt(row));
        } else if (command == 4 && row + 1 < rows.size()) {
            press(&m_window, Qt::Key_Down, Qt::AltModifier);
            rows.insert(row + 1, rows.takeAt(row));
        }
        next.insert(key, rows);
        m_model.apply(next, ReferenceModel::Step::RowCommand);
    }

    ui::MainWindow &m_window;
    std::mt19937 m_random;
    ReferenceModel m_model;
    QString m_last;
    QStringList m_history;
};

QString memberText(const QJsonObject &record, const QString &path)
{
    QJsonValue value = record.value(path.section(u'.', 0, 0));
    if (path.contains(u'.'))
        value = value.toObject().value(path.section(u'.', 1));
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact));
}

QStringList describe(QList<core::Finding> findings)
{
    QStringList lines;
    for (const core::Finding &finding : findings)
        lines.append(finding.path + u' ' + finding.rule + u' ' + finding.message);
    lines.sort();
    return lines;
}

} // namespace

class EditorRandomized : public ::testing::TestWithParam<unsigned>
{
};

TEST_P(EditorRandomized, documentFollowsTheModelAndProblemsFollowValidation)
{
    ui::MainWindow window;
    test::openAndShow(window, QStringLiteral("drafts/rejected-submission.leadopp.json"));
    RandomWalk walk(window, GetParam());
    for (int step = 0; step < 150; ++step) {
        walk.step();
        walk.note();
        const QJsonObject record = walk.record();
        const QStringList differ = core::changedPaths(walk.model().record(), record);
        ASSERT_EQ(differ, QStringList())
            << "seed " << GetParam() << " step " << step << ", after:\n  "
            << walk.last().toStdString() << "\nexpected "
            << memberText(walk.model().record(), differ.value(0)).toStdString() << "\nstored   "
            << memberText(record, differ.value(0)).toStdString();
        ui::EditSession *session = window.currentView()->session();
        ASSERT_EQ(describe(session->findings()),
                  describe(core::validateRecord(record, session->exportMode())))
            << "seed " << GetParam() << " step " << step << ": " << walk.last().toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Seeds, EditorRandomized, ::testing::Values(1u, 2u, 3u, 4u));
