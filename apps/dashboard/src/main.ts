import './shell/essaimage-app';
