import { atom } from 'nanostores';
const $n = atom(1);
self.onmessage = () => self.postMessage($n.get());
