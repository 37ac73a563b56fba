#include "ui/server/refreshdialog.h"

#include "ui/common/jsontext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace leadopp::ui {

namespace {

enum Column { FieldColumn, BaseColumn, ServerColumn, MineColumn, ChoiceColumn };

// Nothing there reads as a dash, so an empty cell is never taken for a missing column.
QString shown(const QJsonValue &value)
{
    const QString text = jsonText(value);
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QLabel *valueLabel(const QJsonValue &value, const QString &column, const QString &field)
{
    auto *label = new QLabel(shown(value));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(QStringLiteral("%1, %2").arg(field, column));
    return label;
}

} // namespace

RefreshDialog::RefreshDialog(const QList<core::RefreshField> &fields, const QString &intro,
                             QWidget *parent)
    : QDialog(parent), m_fields(fields)
{
    setObjectName(QStringLiteral("refreshDialog"));
    setWindowTitle(tr("Refresh from Server"));
    auto *introLabel = new QLabel(intro);
    introLabel->setObjectName(QStringLiteral("refreshIntro"));
    introLabel->setWordWrap(true);
    auto *rows = new QWidget;
    auto *grid = new QGridLayout(rows);
    addHeader(grid);
    for (int i = 0; i < m_fields.size(); ++i)
        addRow(grid, i + 1, m_fields.at(i));
    grid->setRowStretch(int(m_fields.size()) + 1, 1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(rows);
    scroll->setWidgetResizable(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_apply = buttons->addButton(tr("&Apply Choices"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyRefreshButton"));
    // Return applies once every conflict has its answer; never cancels.
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    updateApply();
    resize(760, 420);
    if (!m_choosers.isEmpty())
        m_choosers.constFirst()->setFocus(Qt::OtherFocusReason);
}

QString RefreshDialog::takeServerText()
{
    return tr("Take the server's");
}

QString RefreshDialog::keepMineText()
{
    return tr("Keep mine");
}

void RefreshDialog::addHeader(QGridLayout *grid)
{
    const QStringList titles
        = { tr("Field"), tr("When opened"), tr("Server now"), tr("Mine"), tr("Choice") };
    for (int column = 0; column < titles.size(); ++column) {
        auto *title
            = new QLabel(QStringLiteral("<b>%1</b>").arg(titles.at(column).toHtmlEscaped()));
        title->setTextFormat(Qt::RichText);
        title->setAccessibleName(titles.at(column));
        grid->addWidget(title, 0, column);
    }
}

// A conflict says so in words beside its label, never by colour alone.
void RefreshDialog::addRow(QGridLayout *grid, int row, const core::RefreshField &field)
{
    const bool conflict = field.side == core::RefreshField::Both;
    const QString name = conflict ? tr("%1 (changed on both sides)").arg(field.label) : field.label;
    grid->addWidget(new QLabel(name), row, FieldColumn);
    grid->addWidget(valueLabel(field.base, tr("when opened"), field.label), row, BaseColumn);
    grid->addWidget(valueLabel(field.server, tr("server now"), field.label), row, ServerColumn);
    grid->addWidget(valueLabel(field.mine, tr("mine"), field.label), row, MineColumn);
    auto *chooser = new QComboBox;
    chooser->setObjectName(QStringLiteral("refreshChoice:%1").arg(field.path));
    chooser->setAccessibleName(tr("Choice for %1").arg(field.label));
    if (conflict)
        chooser->addItem(tr("Choose…"));
    chooser->addItem(takeServerText(), true);
    chooser->addItem(keepMineText(), false);
    if (field.side == core::RefreshField::Mine)
        chooser->setCurrentIndex(1);
    connect(chooser, &QComboBox::currentIndexChanged, this, &RefreshDialog::updateApply);
    grid->addWidget(chooser, row, ChoiceColumn);
    m_choosers.append(chooser);
}

void RefreshDialog::updateApply()
{
    const bool allChosen
        = std::all_of(m_choosers.cbegin(), m_choosers.cend(),
                      [](const QComboBox *c) { return c->currentData().isValid(); });
    m_apply->setEnabled(allChosen);
    m_apply->setDefault(true);
    m_apply->setToolTip(allChosen ? QString()
                                  : tr("Choose the server's value or yours for every field "
                                       "changed on both sides."));
}

QList<core::RefreshChoice> RefreshDialog::choices() const
{
    QList<core::RefreshChoice> answers;
    for (int i = 0; i < m_fields.size(); ++i) {
        const QVariant choice = m_choosers.at(i)->currentData();
        if (choice.isValid())
            answers.append({ m_fields.at(i).path, choice.toBool() });
    }
    return answers;
}

QComboBox *RefreshDialog::chooserFor(const QString &path) const
{
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).path == path)
            return m_choosers.at(i);
    }
    return nullptr;
}

} // namespace leadopp::ui
