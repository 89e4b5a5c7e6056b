import './options-app.js';
