#include "ui/common/icons.h"

namespace leadopp::ui::icons {

namespace {

QIcon load(const char *name)
{
    return QIcon(path(name));
}

} // namespace

QString path(const char *name)
{
    return QStringLiteral(":/icons/") + QLatin1String(name) + QStringLiteral(".svg");
}

QIcon error()
{
    return load("error");
}
QIcon warning()
{
    return load("warning");
}
QIcon addressed()
{
    return load("addressed");
}
QIcon add()
{
    return load("add");
}
QIcon remove()
{
    return load("remove");
}
QIcon duplicate()
{
    return load("duplicate");
}
QIcon up()
{
    return load("up");
}
QIcon down()
{
    return load("down");
}
QIcon submit()
{
    return load("submit");
}
QIcon clear()
{
    return load("clear");
}
QIcon undo()
{
    return QIcon::fromTheme(QStringLiteral("edit-undo"), load("undo"));
}
QIcon redo()
{
    return QIcon::fromTheme(QStringLiteral("edit-redo"), load("redo"));
}
QIcon calendar()
{
    return load("calendar");
}
QIcon app()
{
    return load("leadopp-editor");
}

} // namespace leadopp::ui::icons
