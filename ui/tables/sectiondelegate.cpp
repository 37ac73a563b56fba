#include "ui/tables/sectiondelegate.h"

#include "core/catalogue/fieldkinds.h"
#include "core/catalogue/knownoffers.h"
#include "ui/binding/editorguard.h"
#include "ui/binding/fieldeditors.h"
#include "ui/models/sectiontablemodel.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QJsonValue>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QToolTip>

namespace leadopp::ui {

namespace {

const core::FieldSpec *specOf(const QModelIndex &index)
{
    const QModelIndex source = sectionCellOf(index);
    auto *model = qobject_cast<const SectionTableModel *>(source.model());
    return model ? model->fieldAt(source.column()) : nullptr;
}

// The code of an enum cell when it is one the field knows (its tooltip names the code);
// empty otherwise.
QString knownCode(const QModelIndex &index)
{
    const core::FieldSpec *spec = specOf(index);
    if (!spec || spec->kind != core::FieldKind::Enum)
        return {};
    const QJsonValue value = index.data(SectionTableModel::JsonValueRole).toJsonValue();
    return value.isString() && spec->enumValues.contains(value.toString()) ? value.toString()
                                                                           : QString();
}

// The sandbox refuses an offer id without a known brand prefix; typing one offers the
// known offers, from the list the sandbox's rule reads.
void suggestKnownOffers(QLineEdit *line, const core::FieldSpec &spec)
{
    if (spec.pattern != QLatin1String("offerLines[].offerNameId"))
        return;
    auto *completer = new QCompleter(core::knownOffers(), line);
    completer->setObjectName(QStringLiteral("offerCompleter"));
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    line->setCompleter(completer);
    EditorGuard::guardPopup(completer->popup(), line);
}

// Ctrl+V in a cell being edited inserts a value copied from the same column as its editor
// shows it ("48500"), not as the table showed it ("48,500.00 EUR"): that text would be
// stored as text. Any other clipboard is the line edit's own paste.
class CopiedValuePaste final : public QObject
{
public:
    CopiedValuePaste(QLineEdit *line, const core::FieldSpec &spec)
        : QObject(line), m_line(line), m_spec(spec)
    {
        line->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_line || event->type() != QEvent::KeyPress
            || !static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste))
            return false;
        const QMimeData *clipboard = QGuiApplication::clipboard()->mimeData();
        const std::optional<QJsonValue> copied
            = clipboard ? SectionTableModel::copiedValue(*clipboard, m_spec.pattern) : std::nullopt;
        if (!copied || m_line->isReadOnly())
            return false;
        m_line->insert(core::valueText(m_spec, *copied));
        return true;
    }

private:
    QLineEdit *m_line;
    const core::FieldSpec &m_spec;
};

} // namespace

SectionDelegate::SectionDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QWidget *SectionDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    const core::FieldSpec *spec = specOf(index);
    if (!spec)
        return QStyledItemDelegate::createEditor(parent, option, index);
    QWidget *editor = editors::createCellEditor(*spec, parent);
    editor->setObjectName(QStringLiteral("cellEditor"));
    editors::prepare(editor, *spec);
    EditorGuard::install(editor);
    auto *self = const_cast<SectionDelegate *>(this); // a signal, no change of the delegate
    editors::connectEdits(editor, editor, [self] { Q_EMIT self->typing(); });
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setClearButtonEnabled(false);
        suggestKnownOffers(line, *spec);
        new CopiedValuePaste(line, *spec);
    }
    return editor;
}

void SectionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const core::FieldSpec *spec = specOf(index);
    if (!spec) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    editors::show(editor, *spec, index.data(SectionTableModel::JsonValueRole).toJsonValue());
}

void SectionDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    const core::FieldSpec *spec = specOf(index);
    if (!spec) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    QJsonValue value = editors::read(editor, *spec);
    // Text no notation read as a number may be an amount typed with its currency.
    const QModelIndex source = sectionCellOf(index);
    if (const auto *section = qobject_cast<const SectionTableModel *>(source.model());
        section && spec->kind == core::FieldKind::Number && value.isString())
        value = section->typedValue(source.column(), value.toString());
    if (value == index.data(SectionTableModel::JsonValueRole).toJsonValue())
        return;
    model->setData(index, QVariant::fromValue(value), Qt::EditRole);
}

void SectionDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // A choice shows its label: the text the model says its cell shows.
    const QModelIndex source = sectionCellOf(index);
    auto *model = qobject_cast<const SectionTableModel *>(source.model());
    if (model && model->fieldAt(source.column())->kind == core::FieldKind::Enum) {
        option->text = model->shownText(
            source.column(), source.data(SectionTableModel::JsonValueRole).toJsonValue());
    }
}

bool SectionDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QString code = event && event->type() == QEvent::ToolTip ? knownCode(index) : QString();
    if (code.isEmpty())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString issues = index.data(Qt::ToolTipRole).toString();
    QToolTip::showText(event->globalPos(), issues.isEmpty() ? code : code + u'\n' + issues,
                       view->viewport(), view->visualRect(index));
    return true;
}

} // namespace leadopp::ui
