#include "ui/window/filenoticebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace leadopp::ui {

FileNoticeBar::FileNoticeBar(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("fileNoticeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_label->setObjectName(QStringLiteral("fileNoticeText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_buttons);
    hide();
}

void FileNoticeBar::showNotice(const QString &text, const QList<Choice> &choices)
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_label->setText(text);
    for (const Choice &choice : choices) {
        auto *button = new QPushButton(choice.text, this);
        button->setObjectName(choice.objectName);
        const std::function<void()> run = choice.run;
        connect(button, &QPushButton::clicked, this, [this, run] {
            hide();
            if (run)
                run();
        });
        m_buttons->addWidget(button);
    }
    show();
}

void FileNoticeBar::dismiss()
{
    hide();
}

QString FileNoticeBar::text() const
{
    return m_label->text();
}

QPushButton *FileNoticeBar::button(const QString &objectName) const
{
    return findChild<QPushButton *>(objectName, Qt::FindDirectChildrenOnly);
}

} // namespace leadopp::ui
