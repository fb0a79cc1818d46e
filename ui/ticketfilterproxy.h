#pragma once

#include <QPalette>
#include <QSortFilterProxyModel>

// The ticket table as the view shows it: sorted by raw value, filtered by a case-insensitive
// text over all columns, optionally only the tickets whose outcome is unknown (they need a
// person). Adds the state's icon and palette colour (StatePresentation) to the state column.
class TicketFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TicketFilterProxy(QObject *parent = nullptr);

    void setStateColumn(int column) { m_stateColumn = column; }
    void setPalette(const QPalette &palette) { m_palette = palette; }
    void setUnknownOnly(bool unknownOnly);
    bool unknownOnly() const { return m_unknownOnly; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QPalette m_palette;
    int m_stateColumn = -1;
    bool m_unknownOnly = false;
};
