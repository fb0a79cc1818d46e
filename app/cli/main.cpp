// Replaced by the scraping issue (#5): releasedesk-cli command dispatch.
#include <QCoreApplication>
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return 0;
}
