import 'ct-awareness/define';
