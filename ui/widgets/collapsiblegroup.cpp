#include "ui/widgets/collapsiblegroup.h"

#include <QToolButton>
#include <QVBoxLayout>

namespace leadopp::ui {

CollapsibleGroup::CollapsibleGroup(const QString &title, QWidget *parent)
    : QWidget(parent), m_toggle(new QToolButton(this))
{
    m_toggle->setObjectName(QStringLiteral("collapseToggle"));
    m_toggle->setText(title);
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setStyleSheet(QStringLiteral("QToolButton { font-weight: bold; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle);
    connect(m_toggle, &QToolButton::toggled, this, &CollapsibleGroup::setExpanded);
    setExpanded(false);
}

void CollapsibleGroup::setContent(QWidget *content)
{
    delete m_content;
    m_content = content;
    layout()->addWidget(content);
    content->setVisible(isExpanded());
}

bool CollapsibleGroup::isExpanded() const
{
    return m_toggle->isChecked();
}

void CollapsibleGroup::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    if (m_content)
        m_content->setVisible(expanded);
}

} // namespace leadopp::ui
