import './popup-app.js';
