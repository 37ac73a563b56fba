#include "ui/forms/serverinfogroup.h"

#include "ui/binding/formbinder.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace leadopp::ui {

ServerInfoGroup::ServerInfoGroup(core::Section section, QWidget *parent)
    : CollapsibleGroup(tr("Server information"), parent)
{
    setObjectName(QStringLiteral("serverInfoGroup"));
    auto *content = new QWidget(this);
    auto *form = new QFormLayout(content);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const auto fields = core::FieldCatalogue::fieldsOf(section);
    for (const core::FieldSpec *spec : fields) {
        if (!spec->readOnly)
            continue;
        auto *editor = new QLineEdit(content);
        editor->setObjectName(QString(spec->pattern).replace(u'.', u'_'));
        editor->setProperty(FormBinder::kPathProperty, spec->pattern);
        auto *label = new QLabel(core::FieldCatalogue::label(*spec), content);
        label->setBuddy(editor);
        form->addRow(label, editor);
    }
    setContent(content);
}

} // namespace leadopp::ui
