// Calls made before the script has arrived: they must be queued and replayed in order.
window.__events = [];
Lifebuoy('on', 'open', function (detail) { window.__events.push('open:' + detail.view); });
Lifebuoy('on', 'close', function (detail) { window.__events.push('close:' + detail.source); });
var params = new URLSearchParams(location.search);
var options = { adapter: { type: 'demo', options: { latency: 0, namespace: 'e2e' } } };
if (params.get('corrupt')) options.adapter.options.corrupt = params.get('corrupt').split(',');
if (params.get('fail')) options.adapter.options.fail = JSON.parse(params.get('fail'));
if (params.get('open')) options.open = params.get('open');
if (!params.get('noinit')) Lifebuoy('init', options);
