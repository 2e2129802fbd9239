import { zlibInflate } from '../../../cli/nodeInflate';
import { describeInflaterParity } from '../shared/bundle/inflaterParity';

describeInflaterParity('zlibInflate', zlibInflate);
