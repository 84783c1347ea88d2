/** Defines every Lifebuoy tag. Safe to import more than once. */
import './components/widget/define.js';
import './components/panel/define.js';
import './components/home/define.js';
import './components/search/define.js';
import './components/article/define.js';
import './components/chat/define.js';
import './components/chat-composer/define.js';
import './components/tickets/define.js';
import './components/ticket-form/define.js';
import './components/channel-picker/define.js';
import './components/incident-notice/define.js';
import './components/verify/define.js';
import './components/secret-alert/define.js';
import './components/link-interstitial/define.js';
