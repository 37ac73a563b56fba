#include "ui/common/palettes.h"

#include "ui/common/outlinestyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace leadopp::ui::palettes {

namespace {

const QString kSystem = QStringLiteral("system");
const QString kDark = QStringLiteral("dark");
const QString kHighContrast = QStringLiteral("high-contrast");

// One colour per role, for every colour group: these schemes look the same whether or not
// the window is active.
void setAll(QPalette &palette, QPalette::ColorRole role, const QColor &color)
{
    palette.setColor(QPalette::All, role, color);
}

} // namespace

QStringList names()
{
    return { kSystem, kDark, kHighContrast };
}

QPalette dark()
{
    QPalette palette;
    const QColor text(0xe6, 0xe6, 0xe6);
    setAll(palette, QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    setAll(palette, QPalette::WindowText, text);
    setAll(palette, QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    setAll(palette, QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    setAll(palette, QPalette::Text, text);
    setAll(palette, QPalette::Button, QColor(0x35, 0x35, 0x35));
    setAll(palette, QPalette::ButtonText, text);
    setAll(palette, QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
    setAll(palette, QPalette::HighlightedText, Qt::white);
    setAll(palette, QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    setAll(palette, QPalette::ToolTipText, text);
    setAll(palette, QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    setAll(palette, QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return palette;
}

// Black, white and yellow only, as desktop high-contrast themes do; disabled text stays
// readable (a mid grey on black is still 5:1).
QPalette highContrast()
{
    QPalette palette;
    const QColor yellow(0xff, 0xff, 0x00);
    for (const auto role : { QPalette::Window, QPalette::Base, QPalette::AlternateBase,
                             QPalette::Button, QPalette::ToolTipBase })
        setAll(palette, role, Qt::black);
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                             QPalette::ToolTipText, QPalette::BrightText, QPalette::Light })
        setAll(palette, role, Qt::white);
    setAll(palette, QPalette::Highlight, yellow);
    setAll(palette, QPalette::HighlightedText, Qt::black);
    setAll(palette, QPalette::Link, yellow);
    setAll(palette, QPalette::PlaceholderText, QColor(0xb0, 0xb0, 0xb0));
    setAll(palette, QPalette::Mid, QColor(0xb0, 0xb0, 0xb0));
    setAll(palette, QPalette::Dark, Qt::white);
    for (const auto role : { QPalette::Text, QPalette::WindowText, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, QColor(0x9a, 0x9a, 0x9a));
    return palette;
}

bool apply(const QString &name)
{
    if (!names().contains(name))
        return false;
    if (name == kSystem) {
        // The desktop's palette and style; Fusion (what Qt picks where no desktop style is
        // installed) gets the visible outline too: its own keeps under 2:1 on white.
        const QStyle *style = QApplication::style();
        if (style->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0
            && !dynamic_cast<const OutlineStyle *>(style))
            QApplication::setStyle(new OutlineStyle(QStyleFactory::create(style->name())));
        return true;
    }
    QApplication::setStyle(new OutlineStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    QApplication::setPalette(name == kDark ? dark() : highContrast());
    return true;
}

} // namespace leadopp::ui::palettes
