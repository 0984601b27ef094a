import 'ct-awareness/hotline-banner';
