// Replaced by the window issue (#8): composition root of the desktop app.
#include <QApplication>
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    return 0;
}
