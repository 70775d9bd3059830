import './components/essaimage-app';
