#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QTableView;
class TicketFilterProxy;
class TicketTableModel;

// The scraped tickets: a filter box (any column, case-insensitive), "only unknown outcomes",
// and the table sorted by any column. Columns can be hidden from the header's context menu and
// dragged into another order; both are remembered through saveState()/restoreState().
class TicketPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit TicketPanel(TicketTableModel *tickets, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    TicketFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    void setUnknownOnly(bool unknownOnly);
    QStringList selectedTicketIds() const;

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showHeaderMenu(const QPoint &pos);

    TicketTableModel *m_tickets;
    TicketFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_unknownOnly;
    QTableView *m_view;
};
