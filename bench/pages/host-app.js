// The host page's own work: render a markets table, as a real exchange page would.
const rows = document.getElementById('rows');
const pairs = ['BTC', 'ETH', 'SOL', 'XRP', 'TRX', 'TON', 'ADA', 'DOGE', 'LINK', 'AVAX'];
for (let i = 0; i < 200; i++) {
  const tr = document.createElement('tr');
  tr.innerHTML = `<td>${pairs[i % pairs.length]}/USDT</td><td>${(1000 / (i + 1)).toFixed(4)}</td><td>${((i % 7) - 3).toFixed(2)}%</td>`;
  rows.appendChild(tr);
}
