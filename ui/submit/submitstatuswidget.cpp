#include "ui/submit/submitstatuswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace leadopp::ui {

SubmitStatusWidget::SubmitStatusWidget(QWidget *parent)
    : QWidget(parent), m_bar(new QProgressBar(this)), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("submitProgress"));
    m_bar->setObjectName(QStringLiteral("submitProgressBar"));
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(120);
    m_bar->setVisible(false);
    m_label->setObjectName(QStringLiteral("submitResultLabel"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label, 1);
}

void SubmitStatusWidget::showBusy(const QString &text)
{
    m_bar->setVisible(true);
    m_label->setText(text);
    m_label->setPalette(palette());
}

void SubmitStatusWidget::showResult(const QString &text, bool ok)
{
    m_bar->setVisible(false);
    m_label->setText(text);
    QPalette tone = palette();
    if (!ok)
        tone.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_label->setPalette(tone);
}

bool SubmitStatusWidget::isBusy() const
{
    return !m_bar->isHidden();
}

QString SubmitStatusWidget::text() const
{
    return m_label->text();
}

} // namespace leadopp::ui
