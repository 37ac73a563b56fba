#include "ui/binding/formbinder.h"

#include "core/catalogue/fieldcatalogue.h"
#include "ui/binding/editorguard.h"
#include "ui/binding/fieldeditors.h"
#include "ui/binding/issuestyle.h"
#include "ui/common/logging.h"
#include "ui/session/editsession.h"

#include <QLabel>
#include <QVariant>
#include <algorithm>

namespace leadopp::ui {

namespace {

const core::FieldSpec &specOf(const QWidget *editor)
{
    return *core::FieldCatalogue::find(editor->property(FormBinder::kPathProperty).toString());
}

bool requiredIn(const core::FieldSpec &spec, core::ExportMode mode)
{
    return mode == core::ExportMode::Create ? spec.requiredForCreate : spec.requiredForUpdate;
}

} // namespace

FormBinder::FormBinder(EditSession *session, QWidget *root, QObject *parent)
    : QObject(parent), m_session(session), m_root(root)
{
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const QString path = widget->property(kPathProperty).toString();
        if (path.isEmpty())
            continue;
        // A typo in a .ui file would otherwise leave a dead editor without a word.
        if (!core::FieldCatalogue::find(path))
            qCWarning(lcUi, "%s: fieldPath \"%s\" is not a field of the catalogue",
                      qUtf8Printable(widget->objectName()), qUtf8Printable(path));
        else if (!editors::isSupported(widget))
            qCWarning(lcUi, "%s: a %s cannot edit \"%s\"", qUtf8Printable(widget->objectName()),
                      widget->metaObject()->className(), qUtf8Printable(path));
        else
            bind(widget, path);
    }
    std::sort(m_editors.begin(), m_editors.end(), [](const QWidget *a, const QWidget *b) {
        return core::FieldCatalogue::formOrder(&specOf(a))
            < core::FieldCatalogue::formOrder(&specOf(b));
    });
    findLabels(root);
    updateLabels();
    reload();
    const core::Document *document = session->document();
    connect(document, &core::Document::valueChanged, this, &FormBinder::onValueChanged);
    connect(document, &core::Document::documentReset, this, &FormBinder::reload);
}

void FormBinder::bind(QWidget *editor, const QString &path)
{
    const core::FieldSpec &spec = *core::FieldCatalogue::find(path);
    m_editors.append(editor);
    m_byPath.insert(path, editor);
    editors::prepare(editor, spec);
    editor->setAccessibleName(core::FieldCatalogue::label(spec));
    editor->setEnabled(true);
    EditorGuard::install(editor);
    editors::connectEdits(editor, this, [this, editor] { store(editor); });
    // The stored value is canonical (trimmed, VAT in its canonical form, a list without its
    // blank lines); once the rep is done with the field it shows that, and only then, never
    // under the cursor.
    editors::connectLeft(editor, this, [this, editor] { showValue(editor, Refresh::Always); });
}

void FormBinder::findLabels(QWidget *root)
{
    const auto labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy() && m_editors.contains(label->buddy()))
            m_labels.insert(label->buddy(), label);
    }
}

QWidget *FormBinder::editorFor(const core::FieldPath &path) const
{
    for (core::FieldPath probe = path; probe.isValid() && !probe.isRecord();
         probe = probe.parent()) {
        if (QWidget *editor = m_byPath.value(probe.toString()))
            return editor;
    }
    return nullptr;
}

core::FieldPath FormBinder::pathOf(const QWidget *editor) const
{
    return core::FieldPath::parse(editor->property(kPathProperty).toString());
}

QWidget *FormBinder::firstEmptyRequired(const core::FieldPath &section) const
{
    QWidget *first = nullptr;
    const core::ExportMode mode = m_session->exportMode();
    for (QWidget *editor : m_editors) {
        const core::FieldPath path = pathOf(editor);
        if (!path.startsWith(section) || !editor->isEnabled() || specOf(editor).readOnly)
            continue;
        if (!first)
            first = editor;
        const QJsonValue value = m_session->document()->value(path);
        const bool empty = value.isUndefined() || value.isNull()
            || (value.isString() && value.toString().isEmpty());
        if (empty && requiredIn(specOf(editor), mode))
            return editor;
    }
    return first;
}

QStringList FormBinder::missingEditors(core::Section section) const
{
    QStringList missing;
    for (const core::FieldSpec *spec : core::FieldCatalogue::fieldsOf(section)) {
        const bool editable = !spec->readOnly || spec->kind == core::FieldKind::DsId;
        if (editable && !m_byPath.contains(spec->pattern))
            missing.append(spec->pattern);
    }
    return missing;
}

QWidget *FormBinder::firstInTabOrder() const
{
    for (QWidget *widget = m_root->nextInFocusChain(); widget && widget != m_root;
         widget = widget->nextInFocusChain()) {
        if (m_editors.contains(widget) && !specOf(widget).readOnly
            && widget->focusPolicy() != Qt::NoFocus)
            return widget;
    }
    return m_editors.value(0);
}

void FormBinder::reload()
{
    for (QWidget *editor : std::as_const(m_editors))
        showValue(editor);
}

bool FormBinder::isRequired(const QWidget *editor, core::ExportMode mode) const
{
    const core::FieldSpec *spec
        = core::FieldCatalogue::find(editor->property(kPathProperty).toString());
    return spec && requiredIn(*spec, mode);
}

// All labels of the form at once, so each keeps a letter of its own wherever the keys allow.
void FormBinder::assignMnemonics(mnemonics::Taken taken)
{
    QList<const QLabel *> labels;
    QStringList texts;
    for (const QWidget *editor : std::as_const(m_editors)) {
        if (const QLabel *label = m_labels.value(editor)) {
            labels.append(label);
            texts.append(core::FieldCatalogue::label(specOf(editor)));
        }
    }
    texts = mnemonics::assign(texts, &taken);
    for (int i = 0; i < labels.size(); ++i)
        m_mnemonicTexts.insert(labels.at(i), texts.at(i));
    updateLabels();
}

// Plain text: a screen reader reads the label as written, and its '&' is a real mnemonic
// (rich text would turn an icon into U+FFFC and "&nbsp;" into Alt+N).
void FormBinder::updateLabels()
{
    const core::ExportMode mode = m_session->exportMode();
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const bool required = isRequired(it.key(), mode);
        QString text = m_mnemonicTexts.value(it.value());
        if (text.isEmpty())
            text
                = core::FieldCatalogue::label(specOf(it.key())).replace(u'&', QStringLiteral("&&"));
        if (required)
            text += QStringLiteral(" *");
        it.value()->setTextFormat(Qt::PlainText);
        it.value()->setText(text);
        it.value()->setToolTip(required ? tr("Required") : QString());
    }
}

void FormBinder::onValueChanged(const core::FieldPath &path)
{
    for (QWidget *editor : std::as_const(m_editors)) {
        const core::FieldPath bound = pathOf(editor);
        if (bound.startsWith(path) || path.startsWith(bound))
            showValue(editor);
    }
}

void FormBinder::showValue(QWidget *editor, Refresh refresh)
{
    const core::FieldSpec &spec = specOf(editor);
    const QJsonValue value = m_session->document()->value(pathOf(editor));
    // An editor that already holds the value keeps its cursor and selection. Blank text
    // reads as no value; such an editor is cleared, unless the rep is typing in it (the
    // first of "  Acme" typed over a value would vanish under the cursor).
    if (refresh == Refresh::WhenDifferent && editors::read(editor, spec) == value
        && (!value.isUndefined() || editor->hasFocus()))
        return;
    m_loading = true;
    editors::show(editor, spec, value);
    m_loading = false;
}

void FormBinder::store(QWidget *editor)
{
    if (m_loading)
        return;
    m_loading = true;
    m_session->setValue(pathOf(editor), editors::read(editor, specOf(editor)),
                        editors::isTyped(editor) ? EditSession::Edit::Typing
                                                 : EditSession::Edit::Choice);
    m_loading = false;
}

} // namespace leadopp::ui
