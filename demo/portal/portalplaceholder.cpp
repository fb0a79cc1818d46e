// Removed by the demo portal issue (#4).
