// Shows the JS API a host page uses: open views from its own links.
document.getElementById('help-link').addEventListener('click', (event) => {
  event.preventDefault();
  Lifebuoy('open', 'search');
});
document.getElementById('open-chat').addEventListener('click', () => Lifebuoy('open', 'chat'));
